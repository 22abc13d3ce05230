package dev.schemabootstrap.maven;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

/**
 * A year of evolutions on a PostgreSQL server ({@value TestDatabase#POSTGRES_URL}; skipped without it), in a
 * database of its own dropped afterwards, with the plugin set to PostgreSQL's dialect.
 */
class YearOfEvolutionsOnPostgresqlTests extends YearOfEvolutionsScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	@Override
	String url() {
		return database.url();
	}

	/** The database the owned changelog builds from empty at the end. */
	@RegisterExtension
	static final TestDatabase fresh = TestDatabase.postgres();

	@Override
	String freshUrl() {
		return fresh.url();
	}

	@Override
	String dialect() {
		return "org.hibernate.dialect.PostgreSQLDialect";
	}

}
