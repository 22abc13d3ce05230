package dev.schemabootstrap.drift;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

class MariaDbOneValueChecksTests extends OneValueChecksScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	String dialect() {
		return "org.hibernate.dialect.MariaDBDialect";
	}

}
