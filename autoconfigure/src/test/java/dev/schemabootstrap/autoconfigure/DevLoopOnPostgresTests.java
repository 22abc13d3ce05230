package dev.schemabootstrap.autoconfigure;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

/**
 * The developer's loop on a PostgreSQL server ({@value TestDatabase#POSTGRES_URL}; skipped without it), in a
 * database of its own.
 */
class DevLoopOnPostgresTests extends DevLoopScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	@Override
	String url() {
		return database.url();
	}

}
