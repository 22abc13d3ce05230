package dev.schemabootstrap.changelog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;

/**
 * The changesets of a changelog that a database recorded as applied with other contents: those Liquibase would
 * refuse with a checksum error. Read-only: Liquibase's tables are read when they exist, never created.
 */
public final class ChangedChangeSets {

	private ChangedChangeSets() {
	}

	/** The ids of the changed changesets, in the changelog's order; empty when Liquibase never ran here. */
	public static List<String> find(Database database, DatabaseChangeLog changelog) throws LiquibaseException {
		RecordedChangeSets history = RecordedChangeSets.of(database, changelog);
		Set<ChangeSet> changed = new HashSet<>();
		for (RanChangeSet ran : history.recorded()) {
			ChangeSet changeSet = history.find(ran);
			if (changeSet != null && ran.getLastCheckSum() != null
					&& !changeSet.isCheckSumValid(ran.getLastCheckSum())) {
				changed.add(changeSet);
			}
		}
		return changelog.getChangeSets().stream().filter(changed::contains).map(ChangeSet::getId).toList();
	}

}
