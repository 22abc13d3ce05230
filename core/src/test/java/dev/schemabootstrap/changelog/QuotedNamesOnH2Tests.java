package dev.schemabootstrap.changelog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;

import liquibase.changelog.ChangeSet;
import liquibase.database.ObjectQuotingStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.fixtures.quoted.OrderLine;
import dev.schemabootstrap.fixtures.quoted.Shipment;
import dev.schemabootstrap.fixtures.quoted.Warehouse;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.model.hibernate.UnitModelFactory;
import dev.schemabootstrap.plan.CreationPlan;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.testing.H2Database;
import dev.schemabootstrap.testing.H2Models;
import dev.schemabootstrap.testing.JdbcSchema;
import dev.schemabootstrap.testing.LiquibaseRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Names Hibernate quotes keep their case on H2, where Liquibase upper-cases every name it quotes itself; the names
 * it leaves unquoted are created as H2 stores them, so that Hibernate's SQL finds both.
 */
class QuotedNamesOnH2Tests {

	private static final String LOGICAL_PATH = "db/changelog/schema-bootstrap.changelog";

	private final UnitModel model = UnitModelFactory.create(
			PersistenceUnit.of(OrderLine.class, Shipment.class, Warehouse.class), H2Models.SETTINGS,
			getClass().getClassLoader());

	private final CreationPlan plan = new CreationPlanner().plan(model.schema());

	@ParameterizedTest
	@EnumSource(ChangelogFormat.class)
	void quotedTableAndColumnsAreCreatedAsWrittenAndHibernatesSqlFindsThem(ChangelogFormat format) throws Exception {
		String changelog = new ChangelogWriter(LOGICAL_PATH, DatabaseKind.H2, model.mapping()).write(plan, format);
		try (H2Database database = new H2Database()) {
			LiquibaseRunner.update(database.connect(), changelog, "changelog." + format.extension());

			try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
				JdbcSchema schema = new JdbcSchema(connection);
				assertThat(schema.tables("PUBLIC")).contains("order lines", "SHIPMENT", "WAREHOUSE");
				assertThat(schema.columns("PUBLIC", "order lines")).containsOnlyKeys("ID", "unit price",
						"customer's note", "GRÖSSE");
				assertThat(schema.foreignKeys("PUBLIC", "SHIPMENT")).singleElement()
					.asString()
					.endsWith(": line_id -> PUBLIC.order lines(ID)");
				// As Hibernate writes them: quoted names quoted, the others not.
				statement.executeUpdate("insert into \"order lines\" (\"customer's note\",größe,\"unit price\",id)"
						+ " values ('it''s fragile','XL',100,1)");
				statement.executeUpdate("insert into shipment (carrier,\"line_id\",id) values ('post',1,1)");
				assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement
					.executeUpdate("insert into shipment (carrier,\"line_id\",id) values ('post',2,2)"));
				assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement
					.executeUpdate("insert into \"order lines\" (\"customer's note\",id) values ('no price',3)"));
			}
		}
	}

	@Test
	void onlyChangesetsNamingAQuotedTableOrColumnQuoteAllNames() {
		Map<String, ObjectQuotingStrategy> strategies = new ChangelogWriter(LOGICAL_PATH, DatabaseKind.H2,
				model.mapping())
			.changeSets(plan)
			.stream()
			.collect(Collectors.toMap(ChangeSet::getId, ChangeSet::getObjectQuotingStrategy));
		assertThat(strategies).containsEntry("table-order lines", ObjectQuotingStrategy.QUOTE_ALL_OBJECTS)
			.containsEntry("table-shipment", ObjectQuotingStrategy.QUOTE_ALL_OBJECTS)
			.containsEntry("table-warehouse", ObjectQuotingStrategy.LEGACY);
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "MARIADB", "MYSQL", "SQLITE" })
	void onTheOtherKnownDatabasesTooOnlyChangesetsNamingAQuotedTableOrColumnQuoteAllNames(DatabaseKind database) {
		Map<String, ObjectQuotingStrategy> strategies = new ChangelogWriter(LOGICAL_PATH, database, model.mapping())
			.changeSets(plan)
			.stream()
			.collect(Collectors.toMap(ChangeSet::getId, ChangeSet::getObjectQuotingStrategy));
		assertThat(strategies).containsEntry("table-order lines", ObjectQuotingStrategy.QUOTE_ALL_OBJECTS)
			.containsEntry("table-shipment", ObjectQuotingStrategy.QUOTE_ALL_OBJECTS)
			.containsEntry("table-warehouse", ObjectQuotingStrategy.LEGACY);
	}

	@Test
	void anUnknownDatabaseGetsTheChangelogItAlwaysGot() {
		assertThat(new ChangelogWriter(LOGICAL_PATH, DatabaseKind.OTHER, model.mapping()).write(plan, ChangelogFormat.YAML))
			.isEqualTo(new ChangelogWriter(LOGICAL_PATH, DatabaseKind.OTHER).write(plan, ChangelogFormat.YAML));
	}

}
