package dev.schemabootstrap.changelog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.snapshot.SnapshotGeneratorFactory;

/**
 * What a database recorded in {@code DATABASECHANGELOG}, matched with a changelog's changesets. Read-only: the
 * table is read when it exists, never created. Matching looks a recorded changeset up by id and author before
 * Liquibase's own comparison (which normalises paths), so it stays linear at thousands of changesets.
 */
public final class RecordedChangeSets {

	private final Map<String, List<ChangeSet>> byIdAndAuthor = new HashMap<>();

	private final List<RanChangeSet> recorded;

	RecordedChangeSets(DatabaseChangeLog changelog, List<RanChangeSet> recorded) {
		for (ChangeSet changeSet : changelog.getChangeSets()) {
			byIdAndAuthor.computeIfAbsent(key(changeSet.getId(), changeSet.getAuthor()), (key) -> new ArrayList<>())
				.add(changeSet);
		}
		this.recorded = recorded;
	}

	public static RecordedChangeSets of(Database database, DatabaseChangeLog changelog) throws LiquibaseException {
		return new RecordedChangeSets(changelog, read(database));
	}

	/** Every changeset the database recorded, in the order it recorded them; none when Liquibase never ran there. */
	public static List<RanChangeSet> read(Database database) throws LiquibaseException {
		boolean hasHistory = SnapshotGeneratorFactory.getInstance().hasDatabaseChangeLogTable(database);
		return hasHistory ? database.getRanChangeSetList() : List.of();
	}

	/** Every changeset the database recorded, in the order it recorded them. */
	public List<RanChangeSet> recorded() {
		return recorded;
	}

	/** The changelog's changeset a recorded one is, or {@code null} when the changelog does not have it. */
	public @Nullable ChangeSet find(RanChangeSet ran) {
		for (ChangeSet changeSet : byIdAndAuthor.getOrDefault(key(ran.getId(), ran.getAuthor()), List.of())) {
			if (ran.isSameAs(changeSet)) {
				return changeSet;
			}
		}
		return null;
	}

	private static String key(String id, String author) {
		return id + "\u0000" + author;
	}

}
