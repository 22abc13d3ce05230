package dev.schemabootstrap.autoconfigure.liquibase;

import java.time.Duration;

import liquibase.changelog.DatabaseChangeLog;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.migration.ChangelogStatus;
import dev.schemabootstrap.migration.LiquibaseTarget;
import dev.schemabootstrap.migration.NewerDatabaseCheck;
import dev.schemabootstrap.stage.NextChangeSets;

/**
 * The status of the changelog once Liquibase has run at startup, read and logged in one line: how many changesets
 * of which changelog it has applied (those Schema Bootstrap added on top of it counted apart), how many are
 * pending, how long it took; and a warning when a newer version of the application migrated the database
 * ({@link NewerDatabaseCheck}).
 */
final class MigrationLog {

	private static final Log logger = LogFactory.getLog(SchemaBootstrapper.class);

	private MigrationLog() {
	}

	/**
	 * @param parsed the changelog as the migration parsed it ({@link ParsedChangelogs}), read instead of a parse of
	 * its own; {@code null} to parse it
	 * @param displayedChangelog the changelog as the line names it
	 * @param evolutionPath the logical path of the changesets that evolved a database built by the generated
	 * changelog, when that is what Liquibase applied, else {@code null}
	 */
	static ChangelogStatus read(Duration duration, LiquibaseTarget target, String changelog,
			@Nullable DatabaseChangeLog parsed, String displayedChangelog, @Nullable String evolutionPath) {
		ChangelogStatus status = ChangelogStatus.read(target, changelog, parsed);
		if (evolutionPath != null) {
			// Every other recorded changeset is the generated changelog's history (or an earlier evolution's).
			logger.info("Liquibase has applied " + changesets(status.applied() - status.unknownChangeSets().size())
					+ " of " + evolutionPath + " on top of the generated changelog's history ("
					+ duration.toMillis() + " ms)");
			return status;
		}
		// The history also holds what Schema Bootstrap added on top of the application's changelog (and perhaps
		// what a newer version applied): those rows are not the changelog's.
		long added = status.unknownChangeSets()
			.stream()
			.filter(NextChangeSets::isAddedOnTop)
			.count();
		int ofChangelog = status.applied() - status.unknownChangeSets().size();
		logger.info("Liquibase has applied " + changesets(ofChangelog) + " of " + displayedChangelog
				+ (added == 0 ? "" : " and " + changesets(added) + " Schema Bootstrap added on top of it ("
						+ NextChangeSets.LOGICAL_PATH + ")")
				+ (status.pending() == 0 ? "; none pending" : "; " + status.pending() + " pending") + " ("
				+ duration.toMillis() + " ms)");
		NewerDatabaseCheck.warnIfNewer(status, target.settings().changeLogTable(),
				CommonsStageLog.of(NewerDatabaseCheck.class));
		return status;
	}

	private static String changesets(long count) {
		return count + (count == 1 ? " changeset" : " changesets");
	}

}
