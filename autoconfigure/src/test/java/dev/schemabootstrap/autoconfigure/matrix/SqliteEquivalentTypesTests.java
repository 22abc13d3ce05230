package dev.schemabootstrap.autoconfigure.matrix;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.autoconfigure.fixtures.types.sqlite.SqliteTypes;
import dev.schemabootstrap.testing.TestDatabase;

/**
 * SQLite keeps a type affinity per column and enforces no length, so only a change of affinity is a real
 * difference; SQLite cannot change a column's type, so the column is dropped and added again as text.
 */
class SqliteEquivalentTypesTests extends EquivalentTypesScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.sqlite();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	Class<?> model() {
		return SqliteTypes.class;
	}

	/** As in {@link SqliteMatrixTests}. */
	@Override
	String url(TestDatabase database) {
		return SqliteMatrixTests.sqliteUrl(database);
	}

	@Override
	List<String> realDifferences() {
		return List.of("ALTER TABLE declared_types DROP COLUMN as_int",
				"ALTER TABLE declared_types ADD COLUMN as_int text");
	}

	@Override
	List<String> driftOfRealDifferences() {
		return List.of("declared_types.as_int");
	}

}
