package dev.schemabootstrap.autoconfigure.matrix;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.autoconfigure.fixtures.types.mariadb.MariadbTypes;
import dev.schemabootstrap.testing.TestDatabase;

class MariadbEquivalentTypesTests extends EquivalentTypesScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	Class<?> model() {
		return MariadbTypes.class;
	}

	@Override
	List<String> realDifferences() {
		return List.of("ALTER TABLE declared_types MODIFY as_varchar varchar(100)",
				"ALTER TABLE declared_types MODIFY as_int bigint");
	}

}
