package dev.schemabootstrap.autoconfigure;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

/**
 * Libraries' own tables beside the entities on a PostgreSQL server ({@value TestDatabase#POSTGRES_URL}; skipped
 * without it), in a database of its own.
 */
class LibraryTablesOnPostgresTests extends LibraryTablesScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	@Override
	String url() {
		return database.url();
	}

}
