package dev.schemabootstrap.verify;

import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.database.DatabaseList;

import dev.schemabootstrap.changelog.RecordedChangeSets;

/**
 * How a kept {@link ScratchDatabase}'s history stands to the changelog, decided from one parse of the changelog and
 * one read of {@code DATABASECHANGELOG}, so that the everyday run, where nothing was added, costs no update at all.
 */
enum ScratchHistory {

	/** Every changeset applied, none edited since. */
	UP_TO_DATE,

	/** A prefix applied and unchanged: the rest can be applied on top. */
	BEHIND,

	/** A changeset applied there is gone from the changelog or was edited since: only a replay from empty is right. */
	DIVERGED;

	static ScratchHistory of(RecordedChangeSets history, DatabaseChangeLog changelog) {
		for (RanChangeSet applied : history.recorded()) {
			ChangeSet changeSet = history.find(applied);
			// A changeset meant to run again (runAlways, runOnChange) is replayed too: the scratch stays simple.
			if (changeSet == null || changeSet.isAlwaysRun() || !changeSet.isCheckSumValid(applied.getLastCheckSum())) {
				return DIVERGED;
			}
		}
		// The scratch database is H2: the changesets a portable changelog has for other databases never run there.
		long forH2 = changelog.getChangeSets()
			.stream()
			.filter((changeSet) -> DatabaseList.definitionMatches(changeSet.getDbmsSet(), "h2", true))
			.count();
		return history.recorded().size() == forH2 ? UP_TO_DATE : BEHIND;
	}

}
