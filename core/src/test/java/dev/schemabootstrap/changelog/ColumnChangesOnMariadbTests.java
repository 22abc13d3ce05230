package dev.schemabootstrap.changelog;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.testing.TestDatabase;

class ColumnChangesOnMariadbTests extends ColumnChangesOnServersScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	DatabaseKind kind() {
		return DatabaseKind.MARIADB;
	}

}
