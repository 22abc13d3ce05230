package dev.schemabootstrap.migration;

import java.util.List;

import dev.schemabootstrap.stage.NextChangeSets;

/**
 * After Liquibase ran: changesets recorded in the database's history that the application's changelog does not
 * have mean a newer version of the application migrated this database. That is normal for a moment in a rolling
 * upgrade and after rolling the application back, so it is a WARNING in the log, not a reason to stop: stopping
 * would turn a rollback into an outage, and the drift check that follows still stops startup if the schema lacks
 * anything this version needs.
 */
public final class NewerDatabaseCheck {

	private static final int LISTED = 10;

	private NewerDatabaseCheck() {
	}

	/** Logs a WARNING when the database has changesets the changelog lacks; returns them. */
	public static List<String> warnIfNewer(ChangelogStatus status, String historyTable, StageLog log) {
		// What generate mode added on top of the application's changelog is Schema Bootstrap's own, not a newer version's.
		List<String> unknown = status.unknownChangeSets()
			.stream()
			.filter((changeSet) -> !NextChangeSets.isAddedOnTop(changeSet))
			.toList();
		if (!unknown.isEmpty()) {
			log.warn(message(unknown, status.changelog(), historyTable));
		}
		return unknown;
	}

	public static String message(List<String> unknown, String changelog, String historyTable) {
		String listed = unknown.size() <= LISTED ? String.join(", ", unknown)
				: String.join(", ", unknown.subList(0, LISTED)) + " and " + (unknown.size() - LISTED) + " more";
		return "The database was migrated by a newer version of the application: " + unknown.size()
				+ " changeset(s) in " + historyTable + " are not in " + changelog + ": " + listed
				+ ". Starting anyway (expected during a rolling upgrade or after rolling the application back);"
				+ " if this version should be the newest, deploy the changelog that has them, and never delete them"
				+ " from " + historyTable + ".";
	}

}
