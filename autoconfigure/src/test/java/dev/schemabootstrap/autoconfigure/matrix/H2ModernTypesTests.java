package dev.schemabootstrap.autoconfigure.matrix;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.autoconfigure.fixtures.types.modern.ModernH2;
import dev.schemabootstrap.testing.TestDatabase;

class H2ModernTypesTests extends ModernTypesScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	Class<?> model() {
		return ModernH2.class;
	}

	/** As in {@link H2MatrixTests}: the test's in-memory database belongs to the empty user. */
	@Override
	List<String> properties() {
		return List.of("spring.datasource.hikari.username=");
	}

}
