package dev.schemabootstrap.changelog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.exception.LiquibaseException;

/**
 * The changesets of a changelog that a database recorded as applied with other contents: those Liquibase would
 * refuse with a checksum error. Read-only: Liquibase's tables are read when they exist, never created.
 */
public final class ChangedChangeSets {

	private ChangedChangeSets() {
	}

	/**
	 * The ids of the changed changesets, in the changelog's order; empty when Liquibase never ran here, and then the
	 * changelog is not even parsed (seconds at 1,000 entities, at every start of a new database in generate mode).
	 */
	public static List<String> find(Liquibase liquibase) throws LiquibaseException {
		List<RanChangeSet> recorded = RecordedChangeSets.read(liquibase.getDatabase());
		if (recorded.isEmpty()) {
			return List.of();
		}
		DatabaseChangeLog changelog = liquibase.getDatabaseChangeLog();
		RecordedChangeSets history = new RecordedChangeSets(changelog, recorded);
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
