package dev.schemabootstrap.changelog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.plan.EvolutionPlanner;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.ModelBuilder;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Widened, narrowed and re-nulled columns, a dropped column and a dropped table on a real server: the changesets
 * apply, keep the rows, keep NOT NULL where the model has it (MariaDB redefines a column whole to change its type),
 * and leave no difference.
 */
abstract class ColumnChangesOnServersScenario {

	abstract TestDatabase database();

	abstract DatabaseKind kind();

	private static SchemaModel older() {
		return ModelBuilder.model()
			.tables("customer", "legacy")
			.column("customer", "name", "varchar(50)", false)
			.column("customer", "code", "varchar(20)", true)
			.column("customer", "quantity", "integer", true)
			.column("customer", "nickname", "varchar(20)", true)
			.column("customer", "note", "varchar(20)", true)
			.requiredFk("legacy", "customer")
			.build();
	}

	private static SchemaModel current() {
		return ModelBuilder.model()
			.tables("customer")
			.column("customer", "name", "varchar(100)", false)
			.column("customer", "code", "varchar(10)", true)
			.column("customer", "quantity", "bigint", true)
			.column("customer", "note", "varchar(20)", false)
			.build();
	}

	@Test
	void theChangesetsApplyKeepTheRowsAndLeaveNoDifference() throws Exception {
		LiquibaseRunner.update(database().connect(), new ChangelogWriter("older", kind())
			.write(new CreationPlanner().plan(older()), ChangelogFormat.YAML), "older.yaml");
		try (Connection connection = database().connect(); Statement statement = connection.createStatement()) {
			statement.execute("insert into customer (id, name, code, quantity, note) values (1, 'Ada', 'A1', 7, 'n')");
		}
		EvolutionPlan plan;
		try (Connection connection = database().connect()) {
			plan = new EvolutionPlanner().plan(current(), new LiveSchemaReader().read(connection, current()));
		}
		assertThat(plan.columnChanges()).hasSize(3);
		assertThat(plan.destructiveChanges()).extracting(EvolutionPlan.DestructiveChange::subject)
			.containsExactly("customer.code", "customer.nickname", "legacy");
		LiquibaseRunner.update(database().connect(), new ChangelogWriter("next", kind()).write(plan, ChangelogFormat.YAML),
				"next.yaml");
		try (Connection connection = database().connect()) {
			assertThat(new DriftDetector().detect(current(), connection).asList()).isEmpty();
			try (ResultSet rows = connection.createStatement()
				.executeQuery("select name, code, quantity, note from customer")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1) + rows.getString(2) + rows.getLong(3) + rows.getString(4))
					.isEqualTo("AdaA17n");
			}
		}
	}

}
