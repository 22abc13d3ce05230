package dev.schemabootstrap.changelog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.database.ObjectQuotingStrategy;
import org.jspecify.annotations.Nullable;

/**
 * Merges the one-per-object changesets of a stage into as few changesets as Liquibase allows: one, named after the
 * stage, unless some of them quote every name (a quoted table on H2, see {@link ChangeSetNames}); quoting is set
 * per changeset, so each run of changesets that quote alike becomes one changeset ({@code tables}, {@code tables-2},
 * ...), in the original order.
 */
final class StageChangeSets {

	private StageChangeSets() {
	}

	/**
	 * @param newChangeSet makes an empty changeset from an id and the quoting strategy of the changesets merged into
	 * it
	 */
	static List<ChangeSet> merge(String stage, List<ChangeSet> perObject,
			BiFunction<String, ObjectQuotingStrategy, ChangeSet> newChangeSet) {
		List<ChangeSet> merged = new ArrayList<>();
		@Nullable ChangeSet current = null;
		for (ChangeSet changeSet : perObject) {
			ObjectQuotingStrategy quoting = changeSet.getObjectQuotingStrategy();
			if (current == null || current.getObjectQuotingStrategy() != quoting) {
				String id = merged.isEmpty() ? stage : stage + "-" + (merged.size() + 1);
				current = newChangeSet.apply(id, quoting);
				merged.add(current);
			}
			for (Change change : changeSet.getChanges()) {
				current.addChange(change);
			}
		}
		return merged;
	}

}
