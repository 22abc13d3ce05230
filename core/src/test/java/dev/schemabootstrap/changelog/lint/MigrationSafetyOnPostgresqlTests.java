package dev.schemabootstrap.changelog.lint;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

class MigrationSafetyOnPostgresqlTests extends PendingChangeSetsScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	String[] expected() {
		return new String[] { "unsafe-index-creation orders.idx_orders_note",
				"table-rewriting-type-change orders.quantity", "unsafe-not-null orders.status" };
	}

}
