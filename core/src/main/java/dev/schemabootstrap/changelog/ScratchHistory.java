package dev.schemabootstrap.changelog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;

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

	static ScratchHistory of(DatabaseChangeLog changelog, List<RanChangeSet> ran) {
		Map<String, List<ChangeSet>> byIdAndAuthor = new HashMap<>();
		for (ChangeSet changeSet : changelog.getChangeSets()) {
			byIdAndAuthor.computeIfAbsent(changeSet.getId() + "\u0000" + changeSet.getAuthor(), (key) -> new ArrayList<>())
				.add(changeSet);
		}
		int matched = 0;
		for (RanChangeSet applied : ran) {
			ChangeSet changeSet = byIdAndAuthor.getOrDefault(applied.getId() + "\u0000" + applied.getAuthor(), List.of())
				.stream()
				.filter(applied::isSameAs)
				.findFirst()
				.orElse(null);
			// A changeset meant to run again (runAlways, runOnChange) is replayed too: the scratch stays simple.
			if (changeSet == null || changeSet.isAlwaysRun() || !changeSet.isCheckSumValid(applied.getLastCheckSum())) {
				return DIVERGED;
			}
			matched++;
		}
		return matched == changelog.getChangeSets().size() ? UP_TO_DATE : BEHIND;
	}

}
