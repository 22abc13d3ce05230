package dev.schemabootstrap.stage;

import java.nio.file.Path;
import java.util.List;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.plan.EvolutionPlan.DestructiveChange;
import dev.schemabootstrap.plan.EvolutionPlan;

/**
 * The {@code changelog-behind-model} finding: an application's own changelog, fully applied, still lacks parts of
 * the model. One wording for the starter and the Maven plugin, which find it the same way.
 */
public final class ChangelogBehindModel {

	/** How a user allows destructive changes, in the starter and in the plugin. */
	public static final String ALLOW_DESTRUCTIVE = "schema-bootstrap.changelog.allow-destructive=true (plugin: "
			+ "<allowDestructive>true</allowDestructive>)";

	private ChangelogBehindModel() {
	}

	/**
	 * @param changelog the application's changelog
	 * @param evolution what it lacks and what was written, not empty: its destructive changes, if any, were
	 * allowed and written
	 * @param written where the changesets that close the gap were written
	 * @param howToAdd how the user adds them, for example "include the file from the master changelog"
	 */
	public static Finding finding(String changelog, EvolutionPlan evolution, Path written, String howToAdd) {
		return new Finding(FindingId.CHANGELOG_BEHIND_MODEL, Severity.ERROR, changelog,
				"The entities have changes that no changeset of " + changelog + " covers: " + evolution.summary()
						+ " to add",
				"Review the changesets written to " + written + " and add them to your changelog (" + howToAdd + "); "
						+ (evolution.destructiveChanges().isEmpty() ? "they never drop or narrow anything"
								: "they DROP or NARROW what is listed, and that data is lost")
						+ notNullWithoutDefault(evolution));
	}

	/**
	 * New NOT NULL columns without a default are added nullable and made NOT NULL by a changeset of their own, which
	 * the database refuses while rows hold NULL: said before anything runs.
	 */
	private static String notNullWithoutDefault(EvolutionPlan evolution) {
		List<String> columns = evolution.columnChanges()
			.stream()
			.filter((change) -> change.kind() == EvolutionPlan.ColumnChangeKind.ADD_NOT_NULL)
			.filter((change) -> evolution.newColumns()
				.stream()
				.anyMatch((added) -> added.table().equals(change.table())
						&& added.column().name().equals(change.column().name())))
			.map((change) -> change.table() + "." + change.column().name())
			.toList();
		if (columns.isEmpty()) {
			return "";
		}
		return ". New NOT NULL column(s) without a default: " + String.join(", ", columns) + ". Each is added"
				+ " nullable, then made NOT NULL by its changeset not-null-<table>.<column>, which the database refuses"
				+ " while rows hold NULL (nothing half done, the migration stops there): on a table with rows, fill"
				+ " them first with an update changeset before it (a value you choose), or give the attribute a"
				+ " @ColumnDefault, which the database fills existing rows with";
	}

	/**
	 * One finding per destructive change that is not allowed: nothing is written for it, and the hint shows the
	 * changesets a user can add by hand.
	 *
	 * @param changeSets for each change, its changesets as {@code ChangelogWriter} writes them
	 */
	public static Findings destructive(List<DestructiveChange> changes,
			java.util.function.Function<DestructiveChange, String> changeSets) {
		return Findings.of(changes.stream().map((change) -> destructive(change, changeSets.apply(change))).toList());
	}

	static Finding destructive(DestructiveChange change, String changeSets) {
		String subject = change.subject();
		String message = switch (change.kind()) {
			case DROP_TABLE -> "Table " + subject + " is created by the changelog but no entity maps it any more;"
					+ " dropping it would lose its rows, so no changeset is generated.";
			case DROP_COLUMN -> "Column " + subject + " is created by the changelog but the entity no longer maps it;"
					+ " dropping it would lose its values, so no changeset is generated."
					+ (change.column().nullable() ? "" : " While it stays NOT NULL, inserts through JPA fail.");
			case NARROW_TYPE -> "Column " + subject + " is " + change.previous().sqlType()
					+ " in the changelog, the entity wants " + change.column().sqlType()
					+ "; changing it may cut or refuse existing values, so no changeset is generated.";
		};
		String undo = change.kind() == EvolutionPlan.DestructiveKind.NARROW_TYPE
				? "give the attribute back its former type or length"
				: "map it again";
		return new Finding(FindingId.CHANGELOG_BEHIND_MODEL, Severity.ERROR, subject, message,
				"If the data may go, add these changesets to your changelog yourself, or set " + ALLOW_DESTRUCTIVE
						+ " to have them generated; else " + undo + ":\n" + changeSets.stripTrailing());
	}

	/**
	 * In {@code generate} mode, the database holds generated changesets that the entities now generate differently:
	 * Liquibase would stop on their checksums.
	 *
	 * @param changed the changesets applied with other contents, as their ids
	 * @param logicalPath the generated changelog's logical path
	 */
	public static Finding regenerated(List<String> changed, String logicalPath) {
		String listed = changed.size() <= 5 ? String.join(", ", changed)
				: String.join(", ", changed.subList(0, 5)) + " and " + (changed.size() - 5) + " more";
		return new Finding(FindingId.CHANGELOG_BEHIND_MODEL, Severity.ERROR, logicalPath,
				"This database was built by the changelog Schema Bootstrap generated from earlier entities, and the "
						+ "entities have changed since: changeset(s) " + listed + " of " + logicalPath
						+ " were applied with other contents. Liquibase would refuse them (checksum error), so it was"
						+ " not run; the database is untouched.",
				"A generated changelog cannot evolve a database that keeps its data. If it may be recreated, drop it"
						+ " (its tables and DATABASECHANGELOG) and start again. Else take ownership of the changelog:"
						+ " put the entities back as they were when this database was built (for example git stash),"
						+ " run ./mvnw compile schema-bootstrap:generate, which writes"
						+ " src/main/resources/db/changelog/db.changelog-master.yaml with the same changesets (they"
						+ " keep the logical path " + logicalPath + ", so this database sees them as applied), bring"
						+ " the entities back (git stash pop) and run ./mvnw compile schema-bootstrap:generate again:"
						+ " it adds the changesets for the difference in a new file included from the master. The"
						+ " application then runs in verify mode on your changelog.");
	}

}
