package dev.schemabootstrap.autoconfigure.matrix;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.autoconfigure.fixtures.types.postgresql.PostgresqlTypes;
import dev.schemabootstrap.testing.TestDatabase;

class PostgresEquivalentTypesTests extends EquivalentTypesScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	Class<?> model() {
		return PostgresqlTypes.class;
	}

	@Override
	List<String> realDifferences() {
		return List.of("ALTER TABLE declared_types ALTER COLUMN as_varchar TYPE varchar(100)",
				"ALTER TABLE declared_types ALTER COLUMN as_int TYPE bigint");
	}

}
