package dev.schemabootstrap.randomized;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

class RandomModelsOnPostgresqlTests extends RandomModelsOnServersScenario {

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

}
