package dev.schemabootstrap.changelog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.plan.EvolutionPlan.ColumnChangeKind;
import dev.schemabootstrap.plan.EvolutionPlan.DestructiveKind;
import dev.schemabootstrap.stage.ChangelogBehindModel;
import dev.schemabootstrap.testing.H2Database;
import dev.schemabootstrap.testing.JdbcSchema;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.ModelBuilder;
import dev.schemabootstrap.verify.ChangelogVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A changelog built from an older model, applied to a real H2 scratch database by {@link ChangelogVerifier}, and
 * what the current model needs beyond additions: widened types and nullability go into the plan, drops and narrowed
 * types are kept apart, and the changesets, applied, bring the database to the model.
 */
class DestructiveEvolutionTests {

	@TempDir
	Path directory;

	private static ModelBuilder older() {
		return ModelBuilder.model()
			.tables("customer", "purchase", "legacy")
			.column("customer", "name", "varchar(50)", false)
			.column("customer", "nickname", "varchar(20)", true)
			.column("customer", "code", "varchar(20)", true)
			.column("customer", "note", "varchar(20)", true)
			.requiredFk("purchase", "customer")
			.requiredFk("legacy", "purchase");
	}

	/** Wider name and NULL allowed, nickname and legacy gone, code shorter, note NOT NULL. */
	private static SchemaModel current() {
		return ModelBuilder.model()
			.tables("customer", "purchase")
			.column("customer", "name", "varchar(100)", true)
			.column("customer", "code", "varchar(10)", true)
			.column("customer", "note", "varchar(20)", false)
			.requiredFk("purchase", "customer")
			.build();
	}

	private EvolutionPlan evolution(SchemaModel model, H2Database scratch) throws Exception {
		Files.writeString(directory.resolve("changelog.yaml"), new ChangelogWriter("changelog.yaml")
			.write(new CreationPlanner().plan(older().build()), ChangelogFormat.YAML));
		return ChangelogVerifier.evolution(model, "changelog.yaml", directory, scratch.connect());
	}

	@Test
	void plansWideningAndNullabilityAndKeepsDropsAndNarrowingApart() throws Exception {
		try (H2Database scratch = new H2Database()) {
			EvolutionPlan plan = evolution(current(), scratch);
			assertThat(plan.columnChanges()).extracting((change) -> change.column().name() + " " + change.kind())
				.containsExactly("name " + ColumnChangeKind.WIDEN_TYPE, "name " + ColumnChangeKind.DROP_NOT_NULL,
						"note " + ColumnChangeKind.ADD_NOT_NULL);
			assertThat(plan.destructiveChanges()).extracting((change) -> change.subject() + " " + change.kind())
				.containsExactly("customer.code " + DestructiveKind.NARROW_TYPE,
						"customer.nickname " + DestructiveKind.DROP_COLUMN, "legacy " + DestructiveKind.DROP_TABLE);
			String safe = new ChangelogWriter("next").write(plan.withoutDestructiveChanges(), ChangelogFormat.YAML);
			assertThat(safe).contains("modifyDataType", "dropNotNullConstraint", "addNotNullConstraint", "comment: 'Fails while rows of customer hold NULL in note")
				.doesNotContain("dropColumn", "dropTable", "varchar(10)");
			LiquibaseRunner.update(scratch.connect(), safe, "next.yaml");
			try (Connection connection = scratch.connect()) {
				JdbcSchema schema = new JdbcSchema(connection);
				// Not allowed: nothing is dropped or narrowed.
				assertThat(schema.tables("PUBLIC")).contains("LEGACY");
				assertThat(schema.columns("PUBLIC", "CUSTOMER")).containsEntry("NICKNAME", "CHARACTER VARYING")
					.containsEntry("NAME", "CHARACTER VARYING")
					.containsEntry("NOTE", "CHARACTER VARYING NOT NULL");
				assertThat(columnSize(connection, "CODE")).isEqualTo(20);
				assertThat(columnSize(connection, "NAME")).isEqualTo(100);
			}
		}
	}

	@Test
	void destructiveChangesAppliedDropTheKeysFirstAndLeaveNoDifference() throws Exception {
		try (H2Database scratch = new H2Database()) {
			EvolutionPlan plan = evolution(current(), scratch);
			String all = new ChangelogWriter("next").write(plan, ChangelogFormat.YAML);
			assertThat(all).contains("id: drop-column-customer.nickname", "id: drop-table-legacy",
					"id: narrow-type-customer.code");
			assertThat(all).isEqualTo(new ChangelogWriter("next").write(evolution(current(), new H2Database()),
					ChangelogFormat.YAML));
			LiquibaseRunner.update(scratch.connect(), all, "next.yaml");
			try (Connection connection = scratch.connect()) {
				assertThat(new JdbcSchema(connection).tables("PUBLIC")).doesNotContain("LEGACY");
				assertThat(new JdbcSchema(connection).columns("PUBLIC", "CUSTOMER")).doesNotContainKey("NICKNAME");
				assertThat(new DriftDetector().detect(current(), connection).asList()).isEmpty();
			}
		}
	}

	@Test
	void aDroppedTableTakesTheKeysThatReferenceItAlong() throws Exception {
		SchemaModel withoutCustomer = ModelBuilder.model()
			.tables("purchase", "legacy")
			.requiredFk("legacy", "purchase")
			.build();
		try (H2Database scratch = new H2Database()) {
			EvolutionPlan plan = evolution(withoutCustomer, scratch);
			assertThat(plan.destructiveChanges()).extracting(EvolutionPlan.DestructiveChange::subject)
				.containsExactly("customer", "purchase.customer_id");
			assertThat(plan.destructiveChanges().get(0).foreignKeys()).extracting("name")
				.containsExactly("fk_purchase_customer_id");
			String all = new ChangelogWriter("next").write(plan, ChangelogFormat.YAML);
			assertThat(all.split("dropForeignKeyConstraint", -1)).hasSize(2);
			LiquibaseRunner.update(scratch.connect(), all, "next.yaml");
			try (Connection connection = scratch.connect()) {
				assertThat(new DriftDetector().detect(withoutCustomer, connection).asList()).isEmpty();
			}
		}
	}

	@Test
	void eachDestructiveChangeIsAFindingThatShowsItsChangesets() throws Exception {
		try (H2Database scratch = new H2Database()) {
			EvolutionPlan plan = evolution(current(), scratch);
			ChangelogWriter writer = new ChangelogWriter("next", DatabaseKind.H2);
			var findings = ChangelogBehindModel.destructive(plan.destructiveChanges(),
					(change) -> writer.write(change, ChangelogFormat.YAML));
			assertThat(findings.asList()).extracting(Finding::subject)
				.containsExactly("customer.code", "customer.nickname", "legacy");
			Finding nickname = findings.asList().get(1);
			assertThat(nickname.id()).isEqualTo("changelog-behind-model");
			assertThat(nickname.message()).isEqualTo("Column customer.nickname is created by the changelog but the"
					+ " entity no longer maps it; dropping it would lose its values, so no changeset is generated.");
			assertThat(nickname.hint()).contains("schema-bootstrap.changelog.allow-destructive=true")
				.contains("- changeSet:\n    id: drop-column-customer.nickname\n    author: schema-bootstrap\n")
				.contains("dropColumn:", "columnName: nickname", "tableName: customer");
			assertThat(findings.asList().get(0).message()).contains("varchar(20)", "varchar(10)");
		}
	}

	@Test
	void addingNotNullStopsTheMigrationWhenRowsHoldNull() throws Exception {
		try (H2Database scratch = new H2Database()) {
			EvolutionPlan plan = evolution(current(), scratch);
			try (Connection connection = scratch.connect(); Statement statement = connection.createStatement()) {
				statement.execute("insert into customer (id, name) values (1, 'Ada')");
			}
			String safe = new ChangelogWriter("next").write(plan.withoutDestructiveChanges(), ChangelogFormat.YAML);
			assertThatException().isThrownBy(() -> LiquibaseRunner.update(scratch.connect(), safe, "next.yaml"))
				.withStackTraceContaining("not-null-customer.note");
			try (Connection connection = scratch.connect()) {
				assertThat(new JdbcSchema(connection).columns("PUBLIC", "CUSTOMER")).containsEntry("NOTE",
						"CHARACTER VARYING");
			}
		}
	}

	@Test
	void nothingTheChangelogDidNotCreateIsEverProposedForDropping() throws Exception {
		try (H2Database scratch = new H2Database()) {
			try (Connection connection = scratch.connect(); Statement statement = connection.createStatement()) {
				statement.execute("create table other_app (id bigint primary key)");
			}
			SchemaModel same = older().build();
			EvolutionPlan plan = evolution(same, scratch);
			assertThat(plan.isEmpty()).isTrue();
			try (Connection connection = scratch.connect()) {
				assertThat(new JdbcSchema(connection).tables("PUBLIC")).contains("OTHER_APP");
			}
		}
	}

	private static int columnSize(Connection connection, String column) throws Exception {
		try (var rows = connection.getMetaData().getColumns(null, "PUBLIC", "CUSTOMER", column)) {
			rows.next();
			return rows.getInt("COLUMN_SIZE");
		}
	}

}
