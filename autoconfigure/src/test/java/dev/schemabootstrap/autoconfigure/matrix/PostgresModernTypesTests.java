package dev.schemabootstrap.autoconfigure.matrix;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.autoconfigure.fixtures.types.modern.ModernPostgres;
import dev.schemabootstrap.testing.TestDatabase;

class PostgresModernTypesTests extends ModernTypesScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	Class<?> model() {
		return ModernPostgres.class;
	}

}
