package dev.schemabootstrap.autoconfigure.matrix;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

/** Both models on H2 in memory, named schemas included: nothing to adapt. */
class H2MatrixTests extends DatabaseMatrixScenario {

	@RegisterExtension
	static final TestDatabase store = TestDatabase.h2();

	@RegisterExtension
	static final TestDatabase harder = TestDatabase.h2();

	@Override
	TestDatabase storeDatabase() {
		return store;
	}

	@Override
	TestDatabase harderDatabase() {
		return harder;
	}

	/**
	 * Not a product requirement but the test's: {@link TestDatabase} opens the in-memory database first (to keep
	 * it alive) as the empty user, who thereby owns it; Spring Boot would log in as {@code sa}, its default for
	 * embedded databases, which that database does not know.
	 */
	@Override
	List<String> properties(Class<?> model) {
		return List.of("spring.datasource.hikari.username=");
	}

	@Override
	String foreignKeyViolation() {
		return "Referential integrity constraint violation";
	}

}
