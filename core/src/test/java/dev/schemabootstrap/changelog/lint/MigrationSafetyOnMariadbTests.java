package dev.schemabootstrap.changelog.lint;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

/** MariaDB builds indexes online and widens varchar(50) to varchar(60) in place; int to bigint copies the table. */
class MigrationSafetyOnMariadbTests extends PendingChangeSetsScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	String[] expected() {
		return new String[] { "table-rewriting-type-change orders.quantity", "unsafe-not-null orders.status" };
	}

}
