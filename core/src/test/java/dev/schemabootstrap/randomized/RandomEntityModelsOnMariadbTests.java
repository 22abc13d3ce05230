package dev.schemabootstrap.randomized;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

class RandomEntityModelsOnMariadbTests extends RandomEntityModelsOnServersScenario {

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

	@Override
	boolean schemas() {
		return true;
	}

}
