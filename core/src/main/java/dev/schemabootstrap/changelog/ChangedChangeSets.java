package dev.schemabootstrap.changelog;

import java.util.ArrayList;
import java.util.List;

import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.snapshot.SnapshotGeneratorFactory;

/**
 * The changesets of a changelog that a database recorded as applied with other contents: those Liquibase would
 * refuse with a checksum error. Read-only: Liquibase's tables are read when they exist, never created.
 */
public final class ChangedChangeSets {

	private ChangedChangeSets() {
	}

	/** The ids of the changed changesets, in the changelog's order; empty when Liquibase never ran here. */
	public static List<String> find(Database database, DatabaseChangeLog changelog) throws LiquibaseException {
		if (!SnapshotGeneratorFactory.getInstance().hasDatabaseChangeLogTable(database)) {
			return List.of();
		}
		List<RanChangeSet> applied = database.getRanChangeSetList();
		List<String> changed = new ArrayList<>();
		for (ChangeSet changeSet : changelog.getChangeSets()) {
			for (RanChangeSet ran : applied) {
				if (ran.isSameAs(changeSet) && ran.getLastCheckSum() != null
						&& !changeSet.isCheckSumValid(ran.getLastCheckSum())) {
					changed.add(changeSet.getId());
				}
			}
		}
		return changed;
	}

}
