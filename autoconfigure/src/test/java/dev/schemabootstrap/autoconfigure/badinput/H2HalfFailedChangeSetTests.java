package dev.schemabootstrap.autoconfigure.badinput;

import java.util.UUID;

/** H2 commits at each DDL statement, whatever Liquibase's transaction: the created table stays. */
class H2HalfFailedChangeSetTests extends HalfFailedChangeSetScenario {

	private final String url = "jdbc:h2:mem:half-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@Override
	String url() {
		return url;
	}

	@Override
	String expectedDescription() {
		return """
				Liquibase could not apply changeset 'tasks' by 'tests' of file:%s.
				Failing statement: ALTER TABLE PUBLIC.tasks ADD priority INT
				Database error: Table "TASKS" not found; SQL statement: ALTER TABLE PUBLIC.tasks ADD priority INT [42102-240]
				H2 does not roll back DDL: these 1 statement(s) of the changeset ran before the failure and are NOT rolled back:
				  1. CREATE TABLE PUBLIC.half_done (id INT)
				The changeset is not recorded as applied.""";
	}

	@Override
	String keptTable() {
		return "PUBLIC.HALF_DONE";
	}

}
