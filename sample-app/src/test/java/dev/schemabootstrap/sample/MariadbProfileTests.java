package dev.schemabootstrap.sample;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

class MariadbProfileTests extends ServerProfileScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	String profile() {
		return "mariadb";
	}

	@Override
	TestDatabase database() {
		return database;
	}

}
