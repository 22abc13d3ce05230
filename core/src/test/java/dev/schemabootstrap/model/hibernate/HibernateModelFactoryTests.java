package dev.schemabootstrap.model.hibernate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.fixtures.library.Author;
import dev.schemabootstrap.fixtures.library.Book;
import dev.schemabootstrap.fixtures.library.Tag;
import dev.schemabootstrap.fixtures.store.Batch;
import dev.schemabootstrap.fixtures.store.Category;
import dev.schemabootstrap.fixtures.store.CreditPayment;
import dev.schemabootstrap.fixtures.store.Customer;
import dev.schemabootstrap.fixtures.store.PurchaseOrder;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.EntityMapping;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Index;
import dev.schemabootstrap.model.PrimaryKey;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Sequence;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.model.UniqueConstraint;
import dev.schemabootstrap.testing.H2Models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class HibernateModelFactoryTests {

	private static final PersistenceUnit STORE = PersistenceUnit.of(Batch.class, Category.class, CreditPayment.class,
			Customer.class, PurchaseOrder.class);

	private static SchemaModel store;

	@BeforeAll
	static void buildStoreModel() {
		store = H2Models.of(Batch.class, Category.class, CreditPayment.class, Customer.class, PurchaseOrder.class);
	}

	@Test
	void tablesGetSnakeCaseNamesInTheirSchemas() {
		assertThat(store.tables()).extracting((table) -> table.name().toString())
			.containsExactly("batch", "category", "customer", "purchase_order", "billing.credit_payment");
		assertThat(store.schemas()).containsExactly("billing");
		assertThat(store.entities()).extracting(EntityMapping::entityName, (entity) -> entity.table().toString())
			.contains(tuple("PurchaseOrder", "purchase_order"),
					tuple("CreditPayment", "billing.credit_payment"));
		assertThat(store.dialect()).isEqualTo("org.hibernate.dialect.H2Dialect");
	}

	@Test
	void columnsGetSnakeCaseNamesDialectTypesAndNullability() {
		// In the order CreditPayment declares its attributes (DeclarationOrder): id, customer, amount.
		assertThat(table("billing.credit_payment").columns()).containsExactly(new Column("id", "bigint", false),
				new Column("customer_id", "uuid", false), new Column("amount", "numeric(38,2)", true));
		assertThat(table("purchase_order").column("first_batch_id")).contains(new Column("first_batch_id", "bigint",
				true));
		assertThat(table("category").column("id")).hasValueSatisfying((id) -> assertThat(id.identity()).isTrue());
		assertThat(table("batch").column("id")).hasValueSatisfying((id) -> assertThat(id.identity()).isFalse());
	}

	@Test
	void uuidForeignKeyColumnHasTheTypeOfTheReferencedPrimaryKey() {
		assertThat(table("customer").column("id")).map(Column::sqlType).contains("uuid");
		assertThat(table("billing.credit_payment").column("customer_id")).map(Column::sqlType).contains("uuid");
	}

	@Test
	void everyForeignKeyColumnHasTheTypeOfTheColumnItReferences() {
		for (Table table : store.tables()) {
			for (ForeignKey foreignKey : table.foreignKeys()) {
				Table target = store.table(foreignKey.referencedTable()).orElseThrow();
				for (int i = 0; i < foreignKey.columns().size(); i++) {
					String type = table.column(foreignKey.columns().get(i)).orElseThrow().sqlType();
					String referencedType = target.column(foreignKey.referencedColumns().get(i))
						.orElseThrow()
						.sqlType();
					assertThat(type).as("%s.%s", table.name(), foreignKey.columns().get(i)).isEqualTo(referencedType);
				}
			}
		}
	}

	@Test
	void foreignKeysKnowTheirTargetAndWhetherTheyAreOptional() {
		ForeignKey payer = single(table("billing.credit_payment").foreignKeys());
		assertThat(payer.table()).isEqualTo(new TableName("billing", "credit_payment"));
		assertThat(payer.columns()).containsExactly("customer_id");
		assertThat(payer.referencedTable()).isEqualTo(new TableName(null, "customer"));
		assertThat(payer.referencedColumns()).containsExactly("id");
		assertThat(payer.optional()).isFalse();
		assertThat(payer.deleteCascade()).isFalse();

		assertThat(single(table("purchase_order").foreignKeys()).optional()).isTrue();
		assertThat(single(table("batch").foreignKeys()).optional()).isFalse();
		assertThat(single(table("category").foreignKeys()).isSelfReference()).isTrue();
		assertThat(table("customer").foreignKeys()).isEmpty();
	}

	@Test
	void uniqueColumnBecomesANamedUniqueConstraint() {
		assertThat(table("customer").uniqueConstraints())
			.containsExactly(new UniqueConstraint("uk_customer_email", List.of("email")));
		assertThat(table("customer").indexes()).isEmpty();
	}

	@Test
	void primaryKeyIsNamedAfterItsTable() {
		assertThat(store.tables()).allSatisfy((table) -> assertThat(table.primaryKey())
			.isEqualTo(new PrimaryKey("pk_" + table.name().name(), List.of("id"))));
	}

	@Test
	void sequenceGeneratedIdsGetTheirSequences() {
		assertThat(store.sequences()).containsExactly(new Sequence(TableName.of("batch_seq"), 1, 50),
				new Sequence(TableName.of("credit_payment_seq"), 1, 50),
				new Sequence(TableName.of("purchase_order_seq"), 1, 50));
	}

	@Test
	void declaredIndexIsKept() {
		assertThat(table("batch").indexes()).containsExactly(new Index("ix_batch_code", List.of("code"), false));
	}

	@Test
	void declaredCompositeUniqueConstraintsKeepTheirColumnsAndGetANameEitherWay() {
		SchemaModel library = H2Models.of(Author.class, Book.class, Tag.class);

		assertThat(library.table(TableName.of("author")).orElseThrow().uniqueConstraints())
			.containsExactly(new UniqueConstraint("uk_author_name", List.of("first_name", "last_name")));
		assertThat(library.table(TableName.of("book")).orElseThrow().uniqueConstraints()).singleElement()
			.satisfies((unique) -> {
				assertThat(unique.columns()).containsExactly("title", "edition");
				assertThat(unique.name()).isNotBlank();
			});
	}

	@Test
	void joinTableGetsACompositePrimaryKeyAndRequiredKeysToBothSides() {
		SchemaModel library = H2Models.of(Author.class, Book.class, Tag.class);
		Table joinTable = library.table(TableName.of("book_tag")).orElseThrow();

		assertThat(joinTable.primaryKey()).isEqualTo(new PrimaryKey("pk_book_tag", List.of("book_id", "tags_code")));
		assertThat(joinTable.foreignKeys()).extracting((key) -> key.referencedTable().toString(), ForeignKey::optional)
			.containsExactlyInAnyOrder(tuple("book", false),
					tuple("tag", false));
		assertThat(joinTable.column("tags_code")).map(Column::sqlType).contains("varchar(255)");
	}

	@Test
	void onDeleteCascadeIsCarriedByTheForeignKey() {
		SchemaModel library = H2Models.of(Author.class, Book.class, Tag.class);

		assertThat(single(library.table(TableName.of("book")).orElseThrow().foreignKeys()).deleteCascade()).isTrue();
	}

	@Test
	void sameUnitGivesAnEqualModel() {
		SchemaModel again = H2Models.of(PurchaseOrder.class, CreditPayment.class, Customer.class, Category.class,
				Batch.class);

		assertThat(again).isEqualTo(store);
	}

	@Test
	void missingDialectIsRefusedWithAMessageNamingTheSetting() {
		Map<String, String> settings = new HashMap<>(H2Models.SETTINGS);
		settings.remove("hibernate.dialect");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> HibernateModelFactory.create(STORE, settings, getClass().getClassLoader()))
			.withMessageContaining("hibernate.dialect");
	}

	@Test
	void databaseProductNameAndVersionStandInForTheDialect() {
		Map<String, String> settings = new HashMap<>(H2Models.SETTINGS);
		settings.remove("hibernate.dialect");
		settings.put("jakarta.persistence.database-product-name", "H2");
		settings.put("jakarta.persistence.database-major-version", "2");
		settings.put("jakarta.persistence.database-minor-version", "3");

		SchemaModel model = HibernateModelFactory.create(STORE, settings, getClass().getClassLoader());

		assertThat(model.dialect()).isEqualTo("org.hibernate.dialect.H2Dialect");
		assertThat(model.tables()).isEqualTo(store.tables());
	}

	@Test
	void settingsThatWouldConnectOrWriteDdlAreIgnored() {
		Map<String, Object> settings = new HashMap<>(H2Models.SETTINGS);
		settings.put("hibernate.connection.datasource", "java:comp/env/jdbc/nowhere");
		settings.put("hibernate.hbm2ddl.auto", "create-drop");
		settings.put("jakarta.persistence.schema-generation.database.action", "drop-and-create");

		SchemaModel model = HibernateModelFactory.create(STORE, settings, getClass().getClassLoader());

		assertThat(model).isEqualTo(store);
	}

	private static Table table(String name) {
		return store.table(TableName.of(name)).orElseThrow(() -> new AssertionError("No table " + name));
	}

	private static ForeignKey single(List<ForeignKey> foreignKeys) {
		assertThat(foreignKeys).hasSize(1);
		return foreignKeys.get(0);
	}

}
