package dev.schemabootstrap.changelog;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

class PortableChangelogOnPostgresqlTests extends PortableChangelogScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	String dialect() {
		return POSTGRESQL;
	}

}
