package dev.schemabootstrap.changelog;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;

/**
 * The changesets of a changelog that a database Liquibase has already run on has never applied, in the changelog's
 * order: those the next update runs for the first time (with the contexts, labels and database it runs with).
 * Read-only: the history table is read when it exists, never created. A changeset recorded before is never among
 * them, not even one that runs always or on change, so what was reported once is not reported again.
 */
public final class PendingChangeSets {

	private PendingChangeSets() {
	}

	/**
	 * @param database the database, on a {@code Database} object of its own: Liquibase caches the history it read per
	 * object
	 * @return the pending changesets; none when Liquibase never ran on the database (every table the changelog touches
	 * is then one it creates itself)
	 */
	public static List<ChangeSet> of(DatabaseChangeLog changelog, Database database, Contexts contexts,
			LabelExpression labels) throws LiquibaseException {
		List<RanChangeSet> recorded = RecordedChangeSets.read(database);
		if (recorded.isEmpty()) {
			return List.of();
		}
		RecordedChangeSets history = new RecordedChangeSets(changelog, recorded);
		Set<ChangeSet> applied = Collections.newSetFromMap(new IdentityHashMap<>());
		for (RanChangeSet ran : recorded) {
			ChangeSet changeSet = history.find(ran);
			if (changeSet != null) {
				applied.add(changeSet);
			}
		}
		ContextChangeSetFilter byContext = new ContextChangeSetFilter(contexts);
		LabelChangeSetFilter byLabel = new LabelChangeSetFilter(labels);
		DbmsChangeSetFilter byDatabase = new DbmsChangeSetFilter(database);
		return changelog.getChangeSets()
			.stream()
			.filter((changeSet) -> !applied.contains(changeSet) && !changeSet.isIgnore())
			.filter((changeSet) -> byContext.accepts(changeSet).isAccepted() && byLabel.accepts(changeSet).isAccepted()
					&& byDatabase.accepts(changeSet).isAccepted())
			.toList();
	}

}
