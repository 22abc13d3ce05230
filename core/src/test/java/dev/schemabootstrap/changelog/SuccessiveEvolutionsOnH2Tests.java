package dev.schemabootstrap.changelog;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.testing.TestDatabase;

class SuccessiveEvolutionsOnH2Tests extends SuccessiveEvolutionsScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	DatabaseKind kind() {
		return DatabaseKind.H2;
	}

}
