package dev.schemabootstrap.drift;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

class H2OneValueChecksTests extends OneValueChecksScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	String dialect() {
		return "org.hibernate.dialect.H2Dialect";
	}

}
