package dev.schemabootstrap.randomized;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

class RandomEntityModelsOnPostgresqlTests extends RandomEntityModelsOnServersScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	String dialect() {
		return "org.hibernate.dialect.PostgreSQLDialect";
	}

	@Override
	boolean schemas() {
		return true;
	}

}
