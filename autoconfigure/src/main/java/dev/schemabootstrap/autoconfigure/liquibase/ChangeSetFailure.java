package dev.schemabootstrap.autoconfigure.liquibase;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What is known of a changeset that failed half-way: where it is, the statement that failed, and the statements of
 * the same changeset that ran before it. Carried as a suppressed exception of Liquibase's own, so that it reaches
 * the failure analysis wherever Liquibase runs.
 */
public final class ChangeSetFailure extends RuntimeException {

	private static final Pattern FAILED_SQL = Pattern.compile("\\[Failed SQL: \\([^)]*\\) (.*)]\\s*$", Pattern.DOTALL);

	private final String changelog;

	private final String id;

	private final String author;

	private final @Nullable String failedStatement;

	private final String database;

	private final boolean rolledBack;

	private final List<String> ranBefore;

	ChangeSetFailure(String changelog, String id, String author, @Nullable String failedStatement, String database,
			boolean rolledBack, List<String> ranBefore) {
		super("Changeset " + changelog + "::" + id + "::" + author + " failed after " + ranBefore.size()
				+ " statement(s)" + (rolledBack ? ", rolled back" : ", not rolled back: " + ranBefore), null, false,
				false);
		this.changelog = changelog;
		this.id = id;
		this.author = author;
		this.failedStatement = failedStatement;
		this.database = database;
		this.rolledBack = rolledBack;
		this.ranBefore = List.copyOf(ranBefore);
	}

	/** The statement Liquibase names in its error ({@code [Failed SQL: (code) statement]}), if any. */
	public static @Nullable String failedSql(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			Matcher matcher = message != null ? FAILED_SQL.matcher(message) : null;
			if (matcher != null && matcher.find()) {
				return matcher.group(1).trim();
			}
		}
		return null;
	}

	public String changelog() {
		return changelog;
	}

	public String id() {
		return id;
	}

	public String author() {
		return author;
	}

	public @Nullable String failedStatement() {
		return failedStatement;
	}

	public String database() {
		return database;
	}

	public boolean rolledBack() {
		return rolledBack;
	}

	public List<String> ranBefore() {
		return ranBefore;
	}

}
