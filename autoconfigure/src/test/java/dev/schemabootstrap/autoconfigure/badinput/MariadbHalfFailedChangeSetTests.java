package dev.schemabootstrap.autoconfigure.badinput;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

class MariadbHalfFailedChangeSetTests extends HalfFailedChangeSetScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	String url() {
		return database.url();
	}

	@Override
	String databaseName() {
		return database.name();
	}

	@Override
	String expectedDescription() {
		return """
				Liquibase could not apply changeset 'tasks' by 'tests' of file:%s.
				Failing statement: ALTER TABLE %2$s.tasks ADD priority INT NULL
				Database error: (conn=<id>) Table '%2$s.tasks' doesn't exist
				MariaDB does not roll back DDL: these 1 statement(s) of the changeset ran before the failure and \
				are NOT rolled back:
				  1. CREATE TABLE %2$s.half_done (id INT NULL)
				The changeset is not recorded as applied.""";
	}

	@Override
	String keptTable() {
		return database.name() + ".half_done";
	}

}
