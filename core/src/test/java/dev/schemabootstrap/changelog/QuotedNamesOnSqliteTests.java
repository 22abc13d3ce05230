package dev.schemabootstrap.changelog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.ModelBuilder;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A quoted table named by a reserved word, with a foreign key over two columns: on SQLite such a table is created
 * by a raw {@code CREATE TABLE} (see {@link SqliteTables}), which must quote its names as the changeset does.
 */
class QuotedNamesOnSqliteTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.sqlite();

	@Test
	void aQuotedReservedTableWithACompositeForeignKeyIsCreatedAndEnforcesTheKey() throws Exception {
		SchemaModel model = ModelBuilder.model()
			.tables("shelf", "order")
			.column("shelf", "aisle", "integer", false)
			.column("shelf", "level", "integer", false)
			.unique("shelf", "uk_shelf_place", "aisle", "level")
			.column("order", "shelf_aisle", "integer", true)
			.column("order", "shelf_level", "integer", true)
			.foreignKey("order", "fk_order_shelf", List.of("shelf_aisle", "shelf_level"), "shelf",
					List.of("aisle", "level"), true)
			.build();
		MappingModel quoted = new MappingModel(List.of(), List.of(), List.of(), Set.of(new TableName(null, "order")),
				Set.of(), Set.of(), List.of(), List.of());
		String changelog = new ChangelogWriter("quoted.yaml", DatabaseKind.SQLITE, quoted)
			.write(new CreationPlanner().plan(model), ChangelogFormat.YAML);
		try (Connection connection = database.connect()) {
			LiquibaseRunner.update(connection, changelog, "quoted.yaml");
		}
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("insert into shelf (id, aisle, level) values (1, 4, 2)");
			statement.executeUpdate("insert into \"order\" (id, shelf_aisle, shelf_level) values (1, 4, 2)");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement
					.executeUpdate("insert into \"order\" (id, shelf_aisle, shelf_level) values (2, 4, 3)"))
				.withMessageContaining("FOREIGN KEY constraint failed");
		}
	}

}
