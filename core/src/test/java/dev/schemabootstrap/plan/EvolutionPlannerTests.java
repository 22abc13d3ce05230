package dev.schemabootstrap.plan;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.fixtures.store.Batch;
import dev.schemabootstrap.fixtures.store.Category;
import dev.schemabootstrap.fixtures.store.CreditPayment;
import dev.schemabootstrap.fixtures.store.Customer;
import dev.schemabootstrap.fixtures.store.PurchaseOrder;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.testing.H2Models;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database created from an older model, and the changesets that bring it to the current one: applied on a
 * real H2, after which there is no drift.
 */
class EvolutionPlannerTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Test
	void addsWhatTheDatabaseLacksAndNothingElse() throws Exception {
		SchemaModel current = H2Models.of(Customer.class, CreditPayment.class, PurchaseOrder.class, Batch.class,
				Category.class);
		SchemaModel older = H2Models.of(Customer.class, Category.class);
		LiquibaseRunner.update(database.connect(),
				new ChangelogWriter("older").write(new CreationPlanner().plan(older), ChangelogFormat.YAML), "older.yaml");
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("alter table category drop column name");
		}
		EvolutionPlan evolution;
		try (Connection connection = database.connect()) {
			evolution = new EvolutionPlanner().plan(current, new LiveSchemaReader().read(connection, current));
		}
		assertThat(evolution.newTables().tableOrder()).extracting(Object::toString)
			.containsExactly("billing.credit_payment", "purchase_order", "batch");
		assertThat(evolution.newColumns()).extracting((addition) -> addition.column().name()).containsExactly("name");
		assertThat(evolution.newForeignKeys()).isEmpty();
		assertThat(evolution.newTables().sequences()).extracting((sequence) -> sequence.name().name())
			.containsExactly("batch_seq", "credit_payment_seq", "purchase_order_seq");
		assertThat(evolution.summary()).as("only what there is, counted").isEqualTo("3 sequences, 3 tables and 1 column");
		String changelog = new ChangelogWriter("newer").write(evolution, ChangelogFormat.YAML);
		assertThat(changelog).contains("id: column-category.name").contains("id: table-purchase_order")
			.doesNotContain("dropColumn")
			.doesNotContain("dropTable");
		LiquibaseRunner.update(database.connect(), changelog, "newer.yaml");
		try (Connection connection = database.connect()) {
			assertThat(new DriftDetector().detect(current, connection).asList()).isEmpty();
			EvolutionPlan nothing = new EvolutionPlanner().plan(current, new LiveSchemaReader().read(connection, current));
			assertThat(nothing.isEmpty()).isTrue();
			assertThat(nothing.summary()).isEqualTo("nothing");
		}
	}

}
