package dev.schemabootstrap.changelog;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

class PortableChangelogOnH2Tests extends PortableChangelogScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	String dialect() {
		return H2;
	}

}
