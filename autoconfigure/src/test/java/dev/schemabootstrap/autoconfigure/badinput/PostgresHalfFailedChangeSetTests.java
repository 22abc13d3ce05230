package dev.schemabootstrap.autoconfigure.badinput;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

class PostgresHalfFailedChangeSetTests extends HalfFailedChangeSetScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	@Override
	String url() {
		return database.url();
	}

	@Override
	String expectedDescription() {
		return """
				Liquibase could not apply changeset 'tasks' by 'tests' of file:%s.
				Failing statement: ALTER TABLE public.tasks ADD priority INTEGER
				Database error: ERROR: relation "public.tasks" does not exist
				PostgreSQL ran the changeset in one transaction and rolled it back: nothing of it remains in the \
				database (not even the 1 statement(s) that ran before the failing one).""";
	}

	@Override
	String keptTable() {
		return null;
	}

}
