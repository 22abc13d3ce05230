package dev.schemabootstrap.autoconfigure.matrix;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.autoconfigure.fixtures.types.modern.ModernMariadb;
import dev.schemabootstrap.testing.TestDatabase;

class MariadbModernTypesTests extends ModernTypesScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	Class<?> model() {
		return ModernMariadb.class;
	}

}
