package dev.schemabootstrap.changelog.lint;

import java.util.List;

import liquibase.change.Change;
import liquibase.changelog.ChangeSet;

import dev.schemabootstrap.finding.Finding;

/**
 * One kind of unsafe migration, looked for in the changes of changesets that have not run yet. Each implementation
 * reports a single finding id, always as a WARNING: the change works, but may lock or rewrite a table that holds rows.
 */
public interface MigrationRule {

	/** The id of the findings this rule reports; {@code docs/findings/<id>.md} explains it. */
	String id();

	/**
	 * @param change one change of the changeset, looked at before it is applied to the context
	 * @param context the database and what the changes before this one did
	 */
	List<Finding> check(Change change, ChangeSet changeSet, MigrationContext context);

}
