package dev.schemabootstrap.autoconfigure.diagnostics;

import java.sql.SQLException;
import java.util.List;

import liquibase.exception.MigrationFailedException;
import liquibase.exception.ValidationFailedException;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

import dev.schemabootstrap.autoconfigure.liquibase.ChangeSetFailure;


/**
 * Explains a changeset that failed while Liquibase applied it: the changelog, the changeset, the failing statement
 * and the database's error; and what became of the statements of the changeset that ran before it. A database
 * with transactional DDL (PostgreSQL, SQLite) rolled them back; one without (MariaDB/MySQL, H2, Oracle) kept them,
 * and they are listed, because Liquibase will run the whole changeset again at the next start.
 */
public class LiquibaseMigrationFailureAnalyzer extends AbstractFailureAnalyzer<MigrationFailedException> implements Ordered {

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, MigrationFailedException cause) {
		if (cause instanceof ValidationFailedException) {
			return null;
		}
		ChangeSetFailure failure = changesetFailure(cause);
		if (failure == null) {
			// Liquibase ran without the listener (the application set its own): its own words, on one line.
			return new FailureAnalysis("Liquibase could not apply a changeset: " + DatabaseErrors.oneLine(
					cause.getMessage()),
					"Fix the changeset named above. On a database without transactional DDL (MariaDB/MySQL, H2,"
							+ " Oracle) the statements of the changeset that ran before the failure stay: undo them"
							+ " before the next start.",
					cause);
		}
		SQLException error = DatabaseErrors.sqlException(cause);
		String databaseError = error != null ? DatabaseErrors.oneLine(error.getMessage()) : DatabaseErrors.oneLine(
				String.valueOf(cause.getCause() != null ? cause.getCause().getMessage() : cause.getMessage()));
		StringBuilder description = new StringBuilder();
		description.append("Liquibase could not apply changeset '").append(failure.id()).append("' by '")
			.append(failure.author()).append("' of ").append(failure.changelog()).append(".\n");
		description.append("Failing statement: ").append(String.valueOf(failure.failedStatement())).append('\n');
		description.append("Database error: ").append(databaseError).append('\n');
		description.append(outcome(failure));
		return new FailureAnalysis(description.toString(), action(failure, error), cause);
	}

	private static String outcome(ChangeSetFailure failure) {
		List<String> ran = failure.ranBefore();
		if (failure.rolledBack()) {
			return failure.database() + " ran the changeset in one transaction and rolled it back: nothing of it"
					+ " remains in the database" + (ran.isEmpty() ? "." : " (not even the " + ran.size()
							+ " statement(s) that ran before the failing one).");
		}
		if (ran.isEmpty()) {
			return "It failed at its first statement: nothing of it was applied.";
		}
		StringBuilder text = new StringBuilder(failure.database()).append(" does not roll back DDL: these ")
			.append(ran.size())
			.append(" statement(s) of the changeset ran before the failure and are NOT rolled back:");
		for (int i = 0; i < ran.size(); i++) {
			text.append("\n  ").append(i + 1).append(". ").append(ran.get(i));
		}
		return text.append("\nThe changeset is not recorded as applied.").toString();
	}

	private static String action(ChangeSetFailure failure, @Nullable SQLException error) {
		String fix = DatabaseErrors.isPermissionDenied(error)
				? "The database user may not run this DDL: grant it the rights (PostgreSQL: GRANT CREATE ON SCHEMA"
						+ " <schema> TO <user>; MariaDB/MySQL: GRANT CREATE, ALTER, DROP, INDEX, REFERENCES ON"
						+ " <database>.* TO <user>), or let Liquibase connect as a user that has them with"
						+ " 'spring.liquibase.user' and 'spring.liquibase.password'."
				: "Fix the failing statement of changeset '" + failure.id() + "' in " + failure.changelog() + ".";
		if (failure.rolledBack() || failure.ranBefore().isEmpty()) {
			return fix + " Then start again: the changeset runs again from its first statement.";
		}
		return fix + " Before the next start, undo the " + failure.ranBefore().size()
				+ " statement(s) listed above by hand (or guard them with preconditions): the next start runs the"
				+ " changeset again from its first statement, and they would fail or run twice.";
	}

	private static @Nullable ChangeSetFailure changesetFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			for (Throwable suppressed : cause.getSuppressed()) {
				if (suppressed instanceof ChangeSetFailure changesetFailure) {
					return changesetFailure;
				}
			}
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
