package dev.schemabootstrap.drift;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.testing.TestDatabase;

/**
 * Without the entity in schema {@code billing}: on MariaDB that schema would be a database of its own, shared
 * by every run on the server rather than made and dropped per test class.
 */
class MariaDbDriftTests extends StoreDriftScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	private static final SchemaModel MODEL = model("org.hibernate.dialect.MariaDBDialect", STORE_WITHOUT_SCHEMAS);

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	SchemaModel model() {
		return MODEL;
	}

	@Override
	List<String> alterations() {
		// Dropping the key leaves the index MariaDB made for it; it still serves the model's key, so is no drift.
		return List.of("ALTER TABLE category DROP COLUMN name",
				"CREATE TABLE audit_note (id bigint PRIMARY KEY, note varchar(20))",
				"ALTER TABLE customer MODIFY email varchar(100) NOT NULL",
				"ALTER TABLE batch DROP FOREIGN KEY FKacobtr5rk2buot9tr3lmik8un",
				"ALTER TABLE batch MODIFY purchase_order_id bigint NULL", "DROP INDEX ix_batch_code ON batch");
	}

	@Override
	List<String> expectedDrift() {
		return List.of("ERROR category.name", "WARNING audit_note", "ERROR customer.email",
				"ERROR batch.purchase_order_id", "ERROR batch.purchase_order_id", "WARNING batch.code");
	}

}
