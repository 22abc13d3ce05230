package dev.schemabootstrap.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.exception.ValidationFailedException;
import liquibase.snapshot.SnapshotGeneratorFactory;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;

/**
 * How far a database is through a changelog, as Liquibase itself sees it.
 *
 * @param changelog the changelog's location
 * @param applied changesets recorded in the database's changelog table
 * @param pendingChangeSets the changesets of the changelog that are not applied, as {@code path::id::author}
 * @param unknownChangeSets changesets recorded in the database that the changelog does not have (a newer version of
 * the application migrated it), as {@code path::id::author}, sorted
 */
public record ChangelogStatus(String changelog, int applied, List<String> pendingChangeSets,
		List<String> unknownChangeSets) {

	public ChangelogStatus {
		pendingChangeSets = List.copyOf(pendingChangeSets);
		unknownChangeSets = List.copyOf(unknownChangeSets);
	}

	public int pending() {
		return pendingChangeSets.size();
	}

	/** A {@code pending-changesets} finding when changesets are not applied, else nothing. */
	public Findings findings() {
		if (pendingChangeSets.isEmpty()) {
			return Findings.NONE;
		}
		String listed = pendingChangeSets.size() <= 5 ? String.join(", ", pendingChangeSets)
				: String.join(", ", pendingChangeSets.subList(0, 5)) + " and " + (pendingChangeSets.size() - 5) + " more";
		return Findings.of(new Finding(FindingId.PENDING_CHANGESETS, Severity.ERROR, changelog,
				pendingChangeSets.size() + " changeset(s) of " + changelog + " are not applied: " + listed,
				"Apply them: restart the application with Liquibase enabled (spring.liquibase.enabled=true), or run"
						+ " the migration job; the schema does not match what the application expects until then"));
	}

	/**
	 * Asks Liquibase, read-only: no lock is taken and nothing is applied. The changelog is parsed once for both
	 * directions (pending and unknown changesets): at 1,000 entities a parse costs seconds.
	 */
	public static ChangelogStatus read(LiquibaseTarget target, String changelog) {
		return read(target, changelog, null);
	}

	/**
	 * @param parsed the changelog as the migration just parsed it, read instead of a parse of its own; {@code null}
	 * to parse it
	 */
	public static ChangelogStatus read(LiquibaseTarget target, String changelog, @Nullable DatabaseChangeLog parsed) {
		try (Connection connection = target.dataSource().getConnection()) {
			Database database = target.open(connection);
			Liquibase liquibase = parsed != null ? target.liquibase(parsed, database)
					: target.liquibase(changelog, database);
			if (!SnapshotGeneratorFactory.getInstance().hasDatabaseChangeLogTable(database)) {
				// Asking Liquibase for unrun changesets would create its tables: read the changelog alone, less the
				// changesets for other databases (the twins of a portable changelog's quoted-name changesets).
				DbmsChangeSetFilter thisDatabase = new DbmsChangeSetFilter(database);
				List<ChangeSet> all = liquibase.getDatabaseChangeLog()
					.getChangeSets()
					.stream()
					.filter((changeSet) -> thisDatabase.accepts(changeSet).isAccepted())
					.toList();
				return new ChangelogStatus(changelog, 0, all.stream().map(ChangeSet::toString).toList(), List.of());
			}
			List<RanChangeSet> applied = database.getRanChangeSetList();
			List<ChangeSet> pending;
			try {
				pending = liquibase.listUnrunChangeSets(target.contexts(), target.labels());
			}
			catch (ValidationFailedException ex) {
				// Changed changesets (a generated changelog the entities moved past): Liquibase did not run, so list
				// what the database has not recorded, for this database.
				pending = liquibase.getDatabaseChangeLog()
					.getChangeSets()
					.stream()
					.filter((changeSet) -> applied.stream().noneMatch((ran) -> ran.isSameAs(changeSet)))
					.filter((changeSet) -> new DbmsChangeSetFilter(database).accepts(changeSet).isAccepted())
					.toList();
			}
			return new ChangelogStatus(changelog, applied.size(), pending.stream().map(ChangeSet::toString).toList(),
					unknown(liquibase, target));
		}
		catch (SQLException | LiquibaseException ex) {
			throw new IllegalStateException("Could not read the Liquibase status of " + changelog, ex);
		}
	}

	/** What the database has and the changelog lacks; nothing when Liquibase cannot tell (it only feeds a warning). */
	private static List<String> unknown(Liquibase liquibase, LiquibaseTarget target) {
		try {
			return liquibase.listUnexpectedChangeSets(target.contexts(), target.labels())
				.stream()
				.map((ran) -> ran.getChangeLog() + "::" + ran.getId() + "::" + ran.getAuthor())
				.sorted()
				.toList();
		}
		catch (LiquibaseException ex) {
			return List.of();
		}
	}

}
