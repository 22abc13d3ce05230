package dev.schemabootstrap.drift;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.testing.TestDatabase;

/**
 * SQLite, with a schema made by plain DDL (Liquibase 5 refuses addForeignKeyConstraint there): foreign keys
 * inline, one of them naming only its target table. SQLite cannot alter a column, so the column changes rebuild
 * the table, which also drops its index.
 */
class SqliteDriftTests extends StoreDriftScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.sqlite();

	private static final SchemaModel MODEL = model("org.hibernate.community.dialect.SQLiteDialect",
			STORE_WITHOUT_SCHEMAS);

	private static final List<String> DDL = List.of("CREATE TABLE batch_seq (next_val bigint)",
			"CREATE TABLE purchase_order_seq (next_val bigint)",
			"CREATE TABLE category (id bigint NOT NULL, name varchar(255), parent_id bigint,"
					+ " CONSTRAINT pk_category PRIMARY KEY (id),"
					+ " CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id))",
			"CREATE TABLE customer (id blob NOT NULL PRIMARY KEY, email varchar(255) NOT NULL,"
					+ " CONSTRAINT uk_customer_email UNIQUE (email))",
			"CREATE TABLE purchase_order (id bigint NOT NULL PRIMARY KEY,"
					+ " first_batch_id bigint REFERENCES batch (id))",
			"CREATE TABLE batch (id bigint NOT NULL PRIMARY KEY, code varchar(255),"
					+ " purchase_order_id bigint NOT NULL REFERENCES purchase_order)",
			"CREATE INDEX ix_batch_code ON batch (code)");

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	SchemaModel model() {
		return MODEL;
	}

	@Override
	void createSchema(SchemaModel model) throws Exception {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			for (String sql : DDL) {
				statement.execute(sql);
			}
		}
	}

	@Override
	List<String> alterations() {
		return List.of("ALTER TABLE category DROP COLUMN name",
				"CREATE TABLE audit_note (id bigint PRIMARY KEY, note varchar(20))",
				"CREATE TABLE batch_new (id bigint NOT NULL PRIMARY KEY, code varchar(100), purchase_order_id bigint)",
				"DROP TABLE batch", "ALTER TABLE batch_new RENAME TO batch");
	}

	@Override
	List<String> expectedDrift() {
		// No "ERROR batch.code" for varchar(255) → varchar(100): SQLite keeps a type affinity and no length.
		return List.of("ERROR category.name", "WARNING audit_note", "ERROR batch.purchase_order_id",
				"ERROR batch.purchase_order_id", "WARNING batch.code");
	}

	@Override
	boolean enforcesLengths() {
		return false;
	}

}
