package dev.schemabootstrap.changelog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.schemabootstrap.fixtures.library.Author;
import dev.schemabootstrap.fixtures.library.Book;
import dev.schemabootstrap.fixtures.library.Tag;
import dev.schemabootstrap.fixtures.store.Batch;
import dev.schemabootstrap.fixtures.store.Category;
import dev.schemabootstrap.fixtures.store.CreditPayment;
import dev.schemabootstrap.fixtures.store.Customer;
import dev.schemabootstrap.fixtures.store.PurchaseOrder;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.CreationPlan;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.testing.H2Database;
import dev.schemabootstrap.testing.H2Models;
import dev.schemabootstrap.testing.JdbcSchema;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.ModelBuilder;

import static dev.schemabootstrap.testing.ModelBuilder.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChangelogWriterTests {

	private static final String LOGICAL_PATH = "db/changelog/schema-bootstrap.changelog";

	private static SchemaModel store;

	private final CreationPlanner planner = new CreationPlanner();

	private final ChangelogWriter writer = new ChangelogWriter(LOGICAL_PATH);

	@BeforeAll
	static void buildStoreModel() {
		store = H2Models.of(Batch.class, Category.class, CreditPayment.class, Customer.class, PurchaseOrder.class);
	}

	/**
	 * Two schemas and the default one; a cycle across schemas closed by an optional key, a cross-schema key
	 * inline, a self-reference, a composite key to a composite unique constraint, sequences and indexes.
	 */
	private static ModelBuilder shop() {
		return model().tables("core.purchase", "core.line", "identity.member", "product", "category")
			.column("identity.member", "email", "varchar(200)", false)
			.column("identity.member", "name", "varchar(100)", true)
			.unique("identity.member", "uk_member_email", "email")
			.index("identity.member", "ix_member_name", "name")
			.fk("identity.member", "last_purchase_id", "core.purchase", true)
			.requiredFk("core.purchase", "identity.member")
			.requiredFk("core.line", "core.purchase")
			.column("core.line", "product_code", "varchar(20)", false)
			.column("core.line", "product_region", "varchar(10)", false)
			.foreignKey("core.line", "fk_line_product", List.of("product_code", "product_region"), "product",
					List.of("code", "region"), false)
			.index("core.line", "ix_line_product", "product_code", "product_region")
			.index("core.line", "ix_line_purchase", "purchase_id")
			.column("product", "code", "varchar(20)", false)
			.column("product", "region", "varchar(10)", false)
			.unique("product", "uk_product_code_region", "code", "region")
			.unique("product", "uk_product_region_code_id", "region", "code", "id")
			.index("product", "ix_product_region", "region")
			.index("product", "ix_product_code", "code")
			.requiredFk("product", "category")
			.fk("category", "parent_id", "category", true)
			.fk("category", "merged_into_id", "category", true)
			.sequence("core.purchase_seq")
			.sequence("member_seq");
	}

	@Test
	void changeSetsComeAsSchemasSequencesTablesInPlanOrderDeferredKeysAndIndexes() {
		CreationPlan plan = planner.plan(store);
		ForeignKey cycleCloser = plan.deferredForeignKeys().get(0);

		List<ChangeSet> changeSets = writer.changeSets(plan);

		assertThat(changeSets).extracting(ChangeSet::getId)
			.containsExactly("schema-billing", "sequence-batch_seq", "sequence-credit_payment_seq",
					"sequence-purchase_order_seq", "table-category", "table-customer", "table-billing.credit_payment",
					"table-purchase_order", "table-batch", "foreign-key-purchase_order-" + cycleCloser.name(),
					"indexes-batch");
		assertThat(cycleCloser.columns()).containsExactly("first_batch_id");
		assertThat(changeSets).allSatisfy((changeSet) -> {
			assertThat(changeSet.getAuthor()).isEqualTo(ChangelogWriter.AUTHOR);
			assertThat(changeSet.getFilePath()).isEqualTo(LOGICAL_PATH);
		});
	}

	@Test
	void changeSetIdsNameTheObjectsTheyCreate() {
		List<ChangeSet> changeSets = writer.changeSets(planner.plan(shop().build()));

		assertThat(changeSets).extracting(ChangeSet::getId)
			.containsExactly("schema-core", "schema-identity", "sequence-member_seq", "sequence-core.purchase_seq",
					"table-category", "table-product", "table-identity.member", "table-core.purchase",
					"table-core.line", "foreign-key-identity.member-fk_member_last_purchase_id", "indexes-product",
					"indexes-identity.member", "indexes-core.line");
	}

	@Test
	void changeSetIdsStayTheSameWhenTheModelGrows() {
		List<String> before = ids(writer.changeSets(planner.plan(shop().build())));

		List<String> after = ids(writer.changeSets(planner.plan(shop().tables("core.refund", "audit")
			.requiredFk("core.refund", "core.purchase")
			.index("core.refund", "ix_refund_purchase", "purchase_id")
			.sequence("audit_seq")
			.build())));

		assertThat(after).containsAll(before)
			.contains("table-core.refund", "table-audit", "indexes-core.refund", "sequence-audit_seq")
			.hasSize(before.size() + 4);
	}

	@ParameterizedTest
	@EnumSource(ChangelogFormat.class)
	void sameModelGivesByteIdenticalOutputOnEveryRun(ChangelogFormat format) {
		SchemaModel rebuilt = H2Models.of(PurchaseOrder.class, Customer.class, CreditPayment.class, Category.class,
				Batch.class);

		String first = writer.write(planner.plan(store), format);
		String second = new ChangelogWriter(LOGICAL_PATH).write(new CreationPlanner().plan(rebuilt), format);

		assertThat(second).isEqualTo(first);
	}

	@ParameterizedTest
	@EnumSource(ChangelogFormat.class)
	void sameModelInAnyInputOrderGivesByteIdenticalOutput(ChangelogFormat format) {
		String expected = writer.write(planner.plan(shop().build()), format);

		for (long seed = 0; seed < 20; seed++) {
			String written = writer.write(planner.plan(shop().buildShuffled(new Random(seed))), format);
			assertThat(written).as("seed %d", seed).isEqualTo(expected);
		}
	}

	@Test
	void yamlCarriesTheLogicalFilePath() {
		String yaml = writer.write(planner.plan(store), ChangelogFormat.YAML);

		assertThat(yaml).startsWith("databaseChangeLog:\n- logicalFilePath: " + LOGICAL_PATH + "\n- changeSet:");
	}

	@Test
	void xmlCarriesTheLogicalFilePath() {
		String xml = writer.write(planner.plan(store), ChangelogFormat.XML);

		assertThat(xml).contains("<databaseChangeLog logicalFilePath=\"" + LOGICAL_PATH + "\" ");
	}

	@ParameterizedTest
	@EnumSource(ChangelogFormat.class)
	void storeChangelogAppliesAndCreatesTablesColumnsKeysAndIndexes(ChangelogFormat format) throws Exception {
		CreationPlan plan = planner.plan(store);
		String cycleCloser = plan.deferredForeignKeys().get(0).name().toUpperCase();
		String selfReference = store.table(TableName.of("category"))
			.orElseThrow()
			.foreignKeys()
			.get(0)
			.name()
			.toUpperCase();
		try (H2Database database = new H2Database()) {
			apply(database, writer.write(plan, format), format);

			try (Connection connection = database.connect()) {
				JdbcSchema schema = new JdbcSchema(connection);
				assertThat(schema.tables("PUBLIC")).contains("BATCH", "CATEGORY", "CUSTOMER", "PURCHASE_ORDER")
					.doesNotContain("CREDIT_PAYMENT");
				assertThat(schema.tables("BILLING")).containsExactly("CREDIT_PAYMENT");
				assertThat(schema.columns("PUBLIC", "CUSTOMER")).containsEntry("ID", "UUID NOT NULL")
					.containsEntry("EMAIL", "CHARACTER VARYING NOT NULL")
					.hasSize(2);
				assertThat(schema.columns("BILLING", "CREDIT_PAYMENT")).containsEntry("CUSTOMER_ID", "UUID NOT NULL")
					.containsEntry("AMOUNT", "NUMERIC")
					.containsKey("ID");
				assertThat(schema.primaryKey("PUBLIC", "PURCHASE_ORDER")).isEqualTo("PK_PURCHASE_ORDER(ID)");
				assertThat(schema.foreignKeys("PUBLIC", "PURCHASE_ORDER"))
					.containsExactly(cycleCloser + ": FIRST_BATCH_ID -> PUBLIC.BATCH(ID)");
				assertThat(schema.foreignKeys("PUBLIC", "BATCH")).singleElement()
					.asString()
					.endsWith(": PURCHASE_ORDER_ID -> PUBLIC.PURCHASE_ORDER(ID)");
				assertThat(schema.foreignKeys("PUBLIC", "CATEGORY"))
					.containsExactly(selfReference + ": PARENT_ID -> PUBLIC.CATEGORY(ID)");
				assertThat(schema.foreignKeys("BILLING", "CREDIT_PAYMENT")).singleElement()
					.asString()
					.endsWith(": CUSTOMER_ID -> PUBLIC.CUSTOMER(ID)");
				assertThat(schema.indexes("PUBLIC", "BATCH")).contains("IX_BATCH_CODE(CODE)");
				assertThat(schema.indexes("PUBLIC", "CUSTOMER")).anyMatch((index) -> index.startsWith("UNIQUE ")
						&& index.endsWith("(EMAIL)"));
				assertThat(uniqueConstraints(connection, "CUSTOMER")).containsExactly("UK_CUSTOMER_EMAIL");
				assertThat(query(connection, "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES"))
					.contains("BATCH_SEQ", "CREDIT_PAYMENT_SEQ", "PURCHASE_ORDER_SEQ");
				assertThat(query(connection, "SELECT DISTINCT FILENAME FROM DATABASECHANGELOG"))
					.containsExactly(LOGICAL_PATH);
				assertThat(query(connection, "SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"))
					.isEqualTo(ids(writer.changeSets(plan)));
			}
		}
	}

	@Test
	void storeSchemaRefusesRowsThatBreakAKeyAndAcceptsTheCycleFilledInSteps() throws Exception {
		try (H2Database database = new H2Database()) {
			apply(database, writer.write(planner.plan(store), ChangelogFormat.YAML), ChangelogFormat.YAML);

			try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
				assertRefused(statement, "INSERT INTO billing.credit_payment (id, customer_id) VALUES (1, '"
						+ UUID.randomUUID() + "')");
				assertRefused(statement, "INSERT INTO purchase_order (id, first_batch_id) VALUES (1, 99)");
				assertRefused(statement, "INSERT INTO category (name, parent_id) VALUES ('orphan', 99)");
				assertRefused(statement, "INSERT INTO batch (id, code) VALUES (1, 'no order')");

				statement.executeUpdate("INSERT INTO purchase_order (id) VALUES (1)");
				statement.executeUpdate("INSERT INTO batch (id, code, purchase_order_id) VALUES (1, 'b1', 1)");
				statement.executeUpdate("UPDATE purchase_order SET first_batch_id = 1 WHERE id = 1");
				statement.executeUpdate("INSERT INTO category (id, name) VALUES (1, 'root')");
				statement.executeUpdate("INSERT INTO category (id, name, parent_id) VALUES (2, 'leaf', 1)");
				assertRefused(statement, "DELETE FROM batch WHERE id = 1");
				assertThat(query(connection, "SELECT first_batch_id FROM purchase_order")).containsExactly("1");
			}
		}
	}

	@ParameterizedTest
	@EnumSource(ChangelogFormat.class)
	void handBuiltModelAcrossSchemasAppliesWithEveryKeyAndIndex(ChangelogFormat format) throws Exception {
		CreationPlan plan = planner.plan(shop().build());
		String changelog = writer.write(plan, format);
		try (H2Database database = new H2Database()) {
			apply(database, changelog, format);

			try (Connection connection = database.connect()) {
				JdbcSchema schema = new JdbcSchema(connection);
				assertThat(schema.tables("CORE")).containsExactly("LINE", "PURCHASE");
				assertThat(schema.tables("IDENTITY")).containsExactly("MEMBER");
				assertThat(schema.tables("PUBLIC")).contains("CATEGORY", "PRODUCT");
				assertThat(schema.columns("CORE", "LINE")).containsOnlyKeys("ID", "PURCHASE_ID", "PRODUCT_CODE",
						"PRODUCT_REGION");
				assertThat(schema.foreignKeys("IDENTITY", "MEMBER"))
					.containsExactly("FK_MEMBER_LAST_PURCHASE_ID: LAST_PURCHASE_ID -> CORE.PURCHASE(ID)");
				assertThat(schema.foreignKeys("CORE", "PURCHASE"))
					.containsExactly("FK_PURCHASE_MEMBER_ID: MEMBER_ID -> IDENTITY.MEMBER(ID)");
				assertThat(schema.foreignKeys("CORE", "LINE")).containsExactly(
						"FK_LINE_PRODUCT: PRODUCT_CODE, PRODUCT_REGION -> PUBLIC.PRODUCT(CODE, REGION)",
						"FK_LINE_PURCHASE_ID: PURCHASE_ID -> CORE.PURCHASE(ID)");
				assertThat(schema.foreignKeys("PUBLIC", "CATEGORY"))
					.containsExactly("FK_CATEGORY_MERGED_INTO_ID: MERGED_INTO_ID -> PUBLIC.CATEGORY(ID)",
							"FK_CATEGORY_PARENT_ID: PARENT_ID -> PUBLIC.CATEGORY(ID)");
				assertThat(schema.primaryKey("IDENTITY", "MEMBER")).isEqualTo("PK_MEMBER(ID)");
				assertThat(schema.indexes("CORE", "LINE")).contains("IX_LINE_PRODUCT(PRODUCT_CODE, PRODUCT_REGION)",
						"IX_LINE_PURCHASE(PURCHASE_ID)");
				assertThat(schema.indexes("PUBLIC", "PRODUCT")).contains("IX_PRODUCT_CODE(CODE)",
						"IX_PRODUCT_REGION(REGION)");
				assertThat(schema.indexes("IDENTITY", "MEMBER")).contains("IX_MEMBER_NAME(NAME)");
				assertThat(uniqueConstraints(connection, "PRODUCT")).containsExactly("UK_PRODUCT_CODE_REGION",
						"UK_PRODUCT_REGION_CODE_ID");
				assertThat(uniqueConstraints(connection, "MEMBER")).containsExactly("UK_MEMBER_EMAIL");
				assertThat(query(connection,
						"SELECT SEQUENCE_SCHEMA || '.' || SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES"))
					.containsExactlyInAnyOrder("CORE.PURCHASE_SEQ", "PUBLIC.MEMBER_SEQ");

				try (Statement statement = connection.createStatement()) {
					statement.executeUpdate("INSERT INTO category (id) VALUES (1)");
					statement.executeUpdate("INSERT INTO product (id, code, region, category_id) VALUES (1, 'p', 'eu', 1)");
					statement.executeUpdate("INSERT INTO identity.member (id, email) VALUES (1, 'a@example.com')");
					statement.executeUpdate("INSERT INTO core.purchase (id, member_id) VALUES (1, 1)");
					assertRefused(statement, "INSERT INTO core.line (id, purchase_id, product_code, product_region)"
							+ " VALUES (1, 1, 'p', 'us')");
					assertRefused(statement, "INSERT INTO core.purchase (id, member_id) VALUES (2, 2)");
					assertRefused(statement, "UPDATE identity.member SET last_purchase_id = 2");
					assertRefused(statement, "INSERT INTO identity.member (id, email) VALUES (2, 'a@example.com')");
					statement.executeUpdate("INSERT INTO core.line (id, purchase_id, product_code, product_region)"
							+ " VALUES (1, 1, 'p', 'eu')");
					statement.executeUpdate("UPDATE identity.member SET last_purchase_id = 1");
				}
			}
			apply(database, changelog, format);
			try (Connection connection = database.connect()) {
				assertThat(query(connection, "SELECT COUNT(*) FROM DATABASECHANGELOG"))
					.containsExactly(String.valueOf(plan.schemas().size() + plan.sequences().size()
							+ plan.tables().size() + plan.deferredForeignKeys().size() + 3));
			}
		}
	}

	@Test
	void deleteCascadeKeyAndJoinTableApply() throws Exception {
		SchemaModel library = H2Models.of(Author.class, Book.class, Tag.class);
		try (H2Database database = new H2Database()) {
			apply(database, writer.write(planner.plan(library), ChangelogFormat.YAML), ChangelogFormat.YAML);

			try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
				JdbcSchema schema = new JdbcSchema(connection);
				assertThat(schema.primaryKey("PUBLIC", "BOOK_TAG")).isEqualTo("PK_BOOK_TAG(BOOK_ID, TAGS_CODE)");
				assertThat(schema.foreignKeys("PUBLIC", "BOOK_TAG")).hasSize(2);
				assertThat(uniqueConstraints(connection, "AUTHOR")).containsExactly("UK_AUTHOR_NAME");
				statement.executeUpdate("INSERT INTO author (id, first_name, last_name) VALUES (1, 'Ada', 'L')");
				statement.executeUpdate("INSERT INTO book (id, title, edition, author_id) VALUES (1, 'Notes', 1, 1)");
				statement.executeUpdate("INSERT INTO tag (code) VALUES ('math')");
				statement.executeUpdate("INSERT INTO book_tag (book_id, tags_code) VALUES (1, 'math')");
				assertRefused(statement, "INSERT INTO book_tag (book_id, tags_code) VALUES (1, 'art')");
				assertRefused(statement, "INSERT INTO book (id, title, edition, author_id) VALUES (2, 'Notes', 1, 1)");
				assertRefused(statement, "INSERT INTO author (id, first_name, last_name) VALUES (2, 'Ada', 'L')");
				statement.executeUpdate("DELETE FROM book_tag");
				statement.executeUpdate("DELETE FROM author WHERE id = 1");
				assertThat(query(connection, "SELECT COUNT(*) FROM book")).containsExactly("0");
			}
		}
	}

	/** Found by RandomEntityModelTests: Liquibase stores a changeset id in DATABASECHANGELOG.ID, a varchar(255). */
	@Test
	void aTableNamedNearH2sLimitGetsChangesetIdsLiquibaseCanRecord() throws Exception {
		String longName = "archive.audit_" + "x".repeat(239);
		SchemaModel model = model().tables("ledger", longName)
			.fk(longName, "l_id", "ledger", true)
			.index(longName, "ix_" + "y".repeat(240), "l_id")
			.build();
		CreationPlan plan = planner.plan(model);
		List<String> ids = writer.changeSets(plan).stream().map(ChangeSet::getId).toList();
		assertThat(ids).allSatisfy((id) -> assertThat(id).hasSizeLessThanOrEqualTo(255)).doesNotHaveDuplicates();
		assertThat(ids).contains("schema-archive", "table-ledger")
			.anySatisfy((id) -> assertThat(id).startsWith("table-archive.audit_xxx"))
			.anySatisfy((id) -> assertThat(id).startsWith("indexes-archive.audit_xxx"));
		try (H2Database database = new H2Database()) {
			apply(database, writer.write(plan, ChangelogFormat.YAML), ChangelogFormat.YAML);
			try (Connection connection = database.connect()) {
				assertThat(query(connection, "SELECT COUNT(*) FROM DATABASECHANGELOG")).containsExactly("4");
			}
		}
	}

	/**
	 * Found by RandomEntityModelTests: on SQLite a table with a key over several columns is written as SQL, and
	 * Liquibase keeps the table's other keys and unique constraints in hash sets, so their order changed from run
	 * to run.
	 */
	@Test
	void aSqliteTableWithACompositeKeyIsWrittenTheSameOnEveryRun() {
		SchemaModel model = model().tables("region", "shop", "depot", "visit")
			.column("region", "code", "varchar(8)", false)
			.unique("region", "uk_region_id_code", "id", "code")
			.column("visit", "region_id", "bigint", true)
			.column("visit", "region_code", "varchar(8)", true)
			.foreignKey("visit", "fk_visit_region", List.of("region_id", "region_code"), "region",
					List.of("id", "code"), true)
			.fk("visit", "shop_id", "shop", false)
			.fk("visit", "depot_id", "depot", true)
			.fk("visit", "previous_id", "visit", true)
			.column("visit", "label", "varchar(20)", true)
			.unique("visit", "uk_visit_label", "label")
			.column("visit", "token", "varchar(20)", true)
			.unique("visit", "uk_visit_token", "token")
			.build();
		ChangelogWriter sqlite = new ChangelogWriter(LOGICAL_PATH, DatabaseKind.SQLITE);
		String first = sqlite.write(planner.plan(model), ChangelogFormat.YAML);
		for (int run = 0; run < 20; run++) {
			assertThat(sqlite.write(planner.plan(model), ChangelogFormat.YAML)).isEqualTo(first);
		}
		ChangeSet visit = sqlite.changeSets(planner.plan(model))
			.stream()
			.filter((changeSet) -> changeSet.getId().equals("table-visit"))
			.findFirst()
			.orElseThrow();
		assertThat(((RawSQLChange) visit.getChanges().get(0)).getSql()).containsSubsequence("CONSTRAINT uk_visit_label UNIQUE (label)",
				"CONSTRAINT uk_visit_token UNIQUE (token)", "CONSTRAINT fk_visit_depot_id", "CONSTRAINT fk_visit_previous_id",
				"CONSTRAINT fk_visit_region", "CONSTRAINT fk_visit_shop_id");
	}

	private static void apply(H2Database database, String changelog, ChangelogFormat format) throws Exception {
		LiquibaseRunner.update(database.connect(), changelog, "changelog." + format.extension());
	}

	private static void assertRefused(Statement statement, String sql) {
		assertThatExceptionOfType(SQLException.class).as(sql).isThrownBy(() -> statement.executeUpdate(sql));
	}

	private static List<String> uniqueConstraints(Connection connection, String table) throws SQLException {
		return query(connection, "SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
				+ " WHERE CONSTRAINT_TYPE = 'UNIQUE' AND TABLE_NAME = '" + table + "' ORDER BY CONSTRAINT_NAME");
	}

	private static List<String> query(Connection connection, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static List<String> ids(List<ChangeSet> changeSets) {
		return changeSets.stream().map(ChangeSet::getId).toList();
	}

}
