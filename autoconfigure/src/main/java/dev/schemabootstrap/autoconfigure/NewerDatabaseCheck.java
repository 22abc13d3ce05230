package dev.schemabootstrap.autoconfigure;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.schemabootstrap.stage.NextChangeSets;


/**
 * After Liquibase ran: changesets recorded in the database's history that the application's changelog does not
 * have mean a newer version of the application migrated this database. That is normal for a moment in a rolling
 * upgrade and after rolling the application back, so it is a WARNING in the log, not a reason to stop: stopping
 * would turn a rollback into an outage, and the drift check that follows still stops startup if the schema lacks
 * anything this version needs.
 */
final class NewerDatabaseCheck {

	private static final Log logger = LogFactory.getLog(NewerDatabaseCheck.class);

	private static final int LISTED = 10;

	private NewerDatabaseCheck() {
	}

	/** Logs a WARNING when the database has changesets the changelog lacks; returns them. */
	static List<String> warnIfNewer(ChangelogStatus status, String historyTable) {
		// What generate mode added on top of the application's changelog is Schema Bootstrap's own, not a newer version's.
		List<String> unknown = status.unknownChangeSets()
			.stream()
			.filter((changeSet) -> !NextChangeSets.isAddedOnTop(changeSet))
			.toList();
		if (!unknown.isEmpty() && logger.isWarnEnabled()) {
			logger.warn(message(unknown, status.changelog(), historyTable));
		}
		return unknown;
	}

	static String message(List<String> unknown, String changelog, String historyTable) {
		String listed = unknown.size() <= LISTED ? String.join(", ", unknown)
				: String.join(", ", unknown.subList(0, LISTED)) + " and " + (unknown.size() - LISTED) + " more";
		return "The database was migrated by a newer version of the application: " + unknown.size()
				+ " changeset(s) in " + historyTable + " are not in " + changelog + ": " + listed
				+ ". Starting anyway (expected during a rolling upgrade or after rolling the application back);"
				+ " if this version should be the newest, deploy the changelog that has them, and never delete them"
				+ " from " + historyTable + ".";
	}

}
