package dev.schemabootstrap.autoconfigure.matrix;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.autoconfigure.fixtures.types.modern.ModernSqlite;
import dev.schemabootstrap.testing.TestDatabase;

class SqliteModernTypesTests extends ModernTypesScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.sqlite();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	Class<?> model() {
		return ModernSqlite.class;
	}

	/** As in {@link SqliteMatrixTests}. */
	@Override
	String url(TestDatabase database) {
		return SqliteMatrixTests.sqliteUrl(database);
	}

	@Override
	List<String> properties() {
		return List.of("spring.jpa.hibernate.naming.physical-strategy=" + FlatSchemaNamingStrategy.class.getName());
	}

	/** See {@link dev.schemabootstrap.autoconfigure.fixtures.types.modern.ModernSqlite}. */
	@Override
	boolean sqlArrays() {
		return false;
	}

}
