package dev.schemabootstrap.changelog;

/**
 * How the changes of a changelog generated from the whole model are cut into changesets. Liquibase pays a fixed
 * cost for each changeset (its checksum, its {@code DATABASECHANGELOG} row, a commit, a log line), about as much as
 * creating a table on an embedded database, so the choice shows in every first apply.
 */
public enum ChangeSetGrouping {

	/**
	 * One changeset per schema, sequence, table, foreign key closing a cycle, and table's indexes. Ids name what
	 * they create, so they stay the same as the model grows (a new entity only adds changesets), and on databases
	 * whose DDL commits itself (H2, MariaDB, MySQL) an interrupted update resumes at the object it stopped at. For
	 * databases that keep their data.
	 */
	PER_OBJECT,

	/**
	 * One changeset per stage of the plan: schemas, sequences, tables, foreign keys closing cycles, indexes, in that
	 * order. For databases that live only as long as the process (in-memory H2 or SQLite): they are built from
	 * nothing at every start, so there is no history to keep stable and no half-built database to resume.
	 */
	PER_STAGE

}
