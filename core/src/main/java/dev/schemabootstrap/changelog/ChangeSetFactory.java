package dev.schemabootstrap.changelog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.ObjectQuotingStrategy;
import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.ShortHash;

/**
 * Makes the changesets of one generated changelog: each with its id (that fits Liquibase's column), the author and
 * logical path Liquibase identifies it by, and the quoting its names need ({@link ChangeSetNames}). What goes in a
 * changeset is for its callers to build.
 */
final class ChangeSetFactory {

	/** The length of Liquibase's {@code DATABASECHANGELOG.ID} column. */
	static final int MAX_ID_LENGTH = 255;

	private final String logicalFilePath;

	/** The changelog every changeset belongs to, as Liquibase's changesets must. */
	private final DatabaseChangeLog changeLog;

	private final DatabaseKind database;

	private final MappingModel mapping;

	private final ChangeSetGrouping grouping;

	/** Appended to every changeset id: one file of evolution changesets never shares an id with another. */
	private final String idSuffix;

	ChangeSetFactory(String logicalFilePath, DatabaseKind database, MappingModel mapping, ChangeSetGrouping grouping,
			String idSuffix) {
		this.logicalFilePath = logicalFilePath;
		this.changeLog = new DatabaseChangeLog(logicalFilePath);
		this.database = database;
		this.mapping = mapping;
		this.grouping = grouping;
		this.idSuffix = idSuffix;
	}

	/**
	 * A changeset of the changes built with its names; built again quoting all names when it names something
	 * Hibernate quotes (see {@link ChangeSetNames}). Such a changeset spells the names Hibernate leaves unquoted as
	 * the changelog's database stores them, which is wrong on a database that folds names the other way (a changelog
	 * for PostgreSQL in H2 tests): in a changelog of one changeset per object it is then limited to the databases
	 * that spell names alike ({@code dbms}, which leaves its checksum as it was), and followed by one changeset per
	 * other spelling for the other databases, its id ending in the spelling ({@code table-order-names-upper-case}):
	 * see {@link NameSpellings}.
	 */
	List<ChangeSet> changeSets(String id, Function<ChangeSetNames, List<? extends Change>> build) {
		ChangeSetNames names = ChangeSetNames.asWritten(database, mapping);
		List<? extends Change> changes = build.apply(names);
		if (!names.quotedNameUsed()) {
			return List.of(filled(newChangeSet(id, ObjectQuotingStrategy.LEGACY, null), changes));
		}
		if (grouping == ChangeSetGrouping.PER_STAGE) {
			// Only for a database that lives as long as the process: never applied anywhere else.
			return List.of(filled(newChangeSet(id, ObjectQuotingStrategy.QUOTE_ALL_OBJECTS, null),
					build.apply(names.quotingAll())));
		}
		List<ChangeSet> changeSets = new ArrayList<>();
		for (NameSpellings.Spelling spelling : NameSpellings.of(names, build)) {
			changeSets.add(filled(newChangeSet(changeSets.isEmpty() ? id : id + "-" + spelling.idSuffix(),
					ObjectQuotingStrategy.QUOTE_ALL_OBJECTS, spelling.dbms()), spelling.changes()));
		}
		return changeSets;
	}

	/**
	 * An empty changeset.
	 *
	 * @param quoting how the changeset quotes names; {@code LEGACY} (Liquibase's default) is left unwritten
	 * @param dbms the databases it runs on, or {@code null} for all
	 */
	ChangeSet newChangeSet(String id, ObjectQuotingStrategy quoting, @Nullable String dbms) {
		if (quoting == ObjectQuotingStrategy.LEGACY) {
			return new ChangeSet(fitId(id + idSuffix), ChangelogWriter.AUTHOR, false, false, logicalFilePath, null,
					dbms, changeLog);
		}
		return new ChangeSet(fitId(id + idSuffix), ChangelogWriter.AUTHOR, false, false, logicalFilePath, null, dbms,
				quoting, changeLog);
	}

	/**
	 * Liquibase records a changeset's id in a {@code varchar(255)} column; a longer id (a table name near H2's 256
	 * characters) keeps its start and ends in a hash of the whole id, so that it stays unique and stable.
	 */
	static String fitId(String id) {
		if (id.length() <= MAX_ID_LENGTH) {
			return id;
		}
		String hash = ShortHash.of(id, 8);
		return id.substring(0, MAX_ID_LENGTH - hash.length() - 1) + "-" + hash;
	}

	private static ChangeSet filled(ChangeSet changeSet, List<? extends Change> changes) {
		changes.forEach(changeSet::addChange);
		return changeSet;
	}

}
