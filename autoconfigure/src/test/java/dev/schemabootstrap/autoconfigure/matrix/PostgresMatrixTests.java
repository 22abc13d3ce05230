package dev.schemabootstrap.autoconfigure.matrix;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

/**
 * Both models on a real PostgreSQL server (Testcontainers, or {@value TestDatabase#POSTGRES_URL}; skipped without
 * either), each in a fresh database dropped afterwards. Named schemas as written: nothing to adapt.
 */
class PostgresMatrixTests extends DatabaseMatrixScenario {

	@RegisterExtension
	static final TestDatabase store = TestDatabase.postgres();

	@RegisterExtension
	static final TestDatabase harder = TestDatabase.postgres();

	@Override
	TestDatabase storeDatabase() {
		return store;
	}

	@Override
	TestDatabase harderDatabase() {
		return harder;
	}

	@Override
	String foreignKeyViolation() {
		return "violates foreign key constraint";
	}

}
