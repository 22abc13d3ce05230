package dev.schemabootstrap.database;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.fixtures.store.Batch;
import dev.schemabootstrap.fixtures.store.Category;
import dev.schemabootstrap.fixtures.store.CreditPayment;
import dev.schemabootstrap.fixtures.store.Customer;
import dev.schemabootstrap.fixtures.store.PurchaseOrder;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Index;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.model.UniqueConstraint;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.testing.H2Models;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class LiveSchemaReaderTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	private static final SchemaModel MODEL = H2Models.of(Batch.class, Category.class, CreditPayment.class,
			Customer.class, PurchaseOrder.class);

	private static SchemaModel live;

	@BeforeAll
	static void createAndRead() throws Exception {
		String changelog = new ChangelogWriter("store.yaml").write(new CreationPlanner().plan(MODEL),
				ChangelogFormat.YAML);
		LiquibaseRunner.update(database.connect(), changelog, "store.yaml");
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE HTE_batch (id bigint)");
			// As Flyway names it, in a database adopted from Flyway.
			statement.execute("CREATE TABLE \"flyway_schema_history\" (\"installed_rank\" int)");
			statement.execute("CREATE SCHEMA elsewhere");
			statement.execute("CREATE TABLE elsewhere.unrelated (id bigint)");
			live = new LiveSchemaReader().read(connection, MODEL);
		}
	}

	@Test
	void namesTheDatabaseProductAsTheDialect() {
		assertThat(live.dialect()).isEqualTo("H2");
	}

	@Test
	void readsTheDefaultSchemaWithoutAndNamedSchemasWithTheirName() {
		assertThat(live.tables()).extracting(Table::name)
			.containsExactlyInAnyOrder(new TableName(null, "BATCH"), new TableName(null, "CATEGORY"),
					new TableName(null, "CUSTOMER"), new TableName(null, "PURCHASE_ORDER"),
					new TableName("BILLING", "CREDIT_PAYMENT"));
	}

	@Test
	void leavesOutLiquibaseFlywayHibernateTemporaryAndUnrequestedSchemas() {
		assertThat(live.tables()).extracting((table) -> table.name().name())
			.doesNotContain("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "flyway_schema_history", "HTE_BATCH",
					"UNRELATED");
	}

	@Test
	void readsColumnsWithNormalizedTypesAndNullability() {
		Table payment = table("CREDIT_PAYMENT");
		// As the changelog created them, in the order the entity declares its attributes.
		assertThat(payment.columns()).containsExactly(new Column("ID", "bigint", false),
				new Column("CUSTOMER_ID", "uuid", false), new Column("AMOUNT", "numeric(38,2)", true));
		assertThat(table("CUSTOMER").column("email")).contains(new Column("EMAIL", "varchar(255)", false));
	}

	@Test
	void readsKeysAcrossSchemas() {
		assertThat(table("CREDIT_PAYMENT").primaryKey().columns()).containsExactly("ID");
		assertThat(table("CREDIT_PAYMENT").foreignKeys()).singleElement().satisfies((ForeignKey key) -> {
			assertThat(key.columns()).containsExactly("CUSTOMER_ID");
			assertThat(key.referencedTable()).isEqualTo(new TableName(null, "CUSTOMER"));
			assertThat(key.referencedColumns()).containsExactly("ID");
			assertThat(key.optional()).isFalse();
		});
	}

	@Test
	void readsUniqueIndexesAsUniqueConstraintsAndOtherIndexesAsIndexes() {
		assertThat(table("CUSTOMER").uniqueConstraints()).extracting(UniqueConstraint::columns)
			.containsExactly(java.util.List.of("EMAIL"));
		// H2 adds an index of its own for the foreign key.
		assertThat(table("BATCH").indexes()).extracting(Index::columns)
			.contains(java.util.List.of("CODE"), java.util.List.of("PURCHASE_ORDER_ID"));
	}

	private static Table table(String name) {
		return live.tables().stream().filter((table) -> table.name().name().equals(name)).findFirst().orElseThrow();
	}

}
