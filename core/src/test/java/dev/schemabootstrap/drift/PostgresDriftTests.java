package dev.schemabootstrap.drift;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.testing.TestDatabase;

class PostgresDriftTests extends StoreDriftScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	private static final SchemaModel MODEL = model("org.hibernate.dialect.PostgreSQLDialect", STORE);

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
		return List.of("ALTER TABLE category DROP COLUMN name",
				"CREATE TABLE audit_note (id bigint PRIMARY KEY, note varchar(20))",
				"ALTER TABLE customer ALTER COLUMN email TYPE varchar(100)",
				"ALTER TABLE batch DROP CONSTRAINT \"FKacobtr5rk2buot9tr3lmik8un\"",
				"ALTER TABLE batch ALTER COLUMN purchase_order_id DROP NOT NULL", "DROP INDEX ix_batch_code",
				"ALTER TABLE billing.credit_payment ALTER COLUMN amount TYPE numeric(10,2)",
				"CREATE INDEX ix_extra ON purchase_order (first_batch_id)");
	}

	@Override
	List<String> expectedDrift() {
		// PostgreSQL makes no index for a foreign key, so one made by hand is drift.
		return List.of("ERROR category.name", "WARNING audit_note", "ERROR customer.email",
				"ERROR batch.purchase_order_id", "ERROR batch.purchase_order_id", "WARNING batch.code",
				"ERROR billing.credit_payment.amount", "WARNING purchase_order.first_batch_id");
	}

}
