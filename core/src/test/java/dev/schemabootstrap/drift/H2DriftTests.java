package dev.schemabootstrap.drift;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.testing.H2Models;
import dev.schemabootstrap.testing.TestDatabase;

class H2DriftTests extends StoreDriftScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	private static final SchemaModel MODEL = H2Models.of(STORE);

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
				"ALTER TABLE customer ALTER COLUMN email SET DATA TYPE varchar(100)",
				"ALTER TABLE batch DROP CONSTRAINT FKacobtr5rk2buot9tr3lmik8un",
				"ALTER TABLE batch ALTER COLUMN purchase_order_id SET NULL", "DROP INDEX ix_batch_code",
				"ALTER TABLE billing.credit_payment ALTER COLUMN amount SET DATA TYPE numeric(10,2)",
				"ALTER TABLE customer ADD COLUMN nickname varchar(40)");
	}

	@Override
	List<String> expectedDrift() {
		return List.of("ERROR category.name", "WARNING audit_note", "ERROR customer.email",
				"ERROR batch.purchase_order_id", "ERROR batch.purchase_order_id", "WARNING batch.code",
				"ERROR billing.credit_payment.amount", "WARNING customer.nickname");
	}

}
