package dev.schemabootstrap.sample;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

class PostgresProfileTests extends ServerProfileScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	@Override
	String profile() {
		return "postgres";
	}

	@Override
	TestDatabase database() {
		return database;
	}

}
