package dev.schemabootstrap.autoconfigure.matrix;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

/**
 * Both models on a real MariaDB server (Testcontainers, or {@value TestDatabase#MARIADB_URL}; skipped without
 * either), each in a fresh database dropped afterwards.
 * <p>
 * On MariaDB a schema is a database, and Hibernate's dialect qualifies tables by catalog only: the models'
 * {@code @Table(schema = ...)} is ignored at run time, and the product follows that rule, so every table of a
 * model lives in the connection's database. Native SQL therefore names tables without a schema. (The models use
 * no {@code catalog}, which would create a second database on the server.)
 */
class MariadbMatrixTests extends DatabaseMatrixScenario {

	@RegisterExtension
	static final TestDatabase store = TestDatabase.mariadb();

	@RegisterExtension
	static final TestDatabase harder = TestDatabase.mariadb();

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
		return "foreign key constraint fails";
	}

	@Override
	String table(String schema, String table) {
		return table;
	}

}
