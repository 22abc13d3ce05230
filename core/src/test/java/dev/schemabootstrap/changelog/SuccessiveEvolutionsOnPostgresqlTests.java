package dev.schemabootstrap.changelog;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.testing.TestDatabase;

class SuccessiveEvolutionsOnPostgresqlTests extends SuccessiveEvolutionsScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	DatabaseKind kind() {
		return DatabaseKind.POSTGRESQL;
	}

}
