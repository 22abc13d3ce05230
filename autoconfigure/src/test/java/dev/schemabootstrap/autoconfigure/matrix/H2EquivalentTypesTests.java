package dev.schemabootstrap.autoconfigure.matrix;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.autoconfigure.fixtures.types.h2.H2Types;
import dev.schemabootstrap.testing.TestDatabase;

class H2EquivalentTypesTests extends EquivalentTypesScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	Class<?> model() {
		return H2Types.class;
	}

	/** As in {@link H2MatrixTests}: the test's in-memory database belongs to the empty user. */
	@Override
	List<String> properties() {
		return List.of("spring.datasource.hikari.username=");
	}

	@Override
	List<String> realDifferences() {
		return List.of("ALTER TABLE declared_types ALTER COLUMN as_varchar SET DATA TYPE varchar(100)",
				"ALTER TABLE declared_types ALTER COLUMN as_int SET DATA TYPE bigint");
	}

}
