package dev.schemabootstrap.autoconfigure.diagnostics;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads what kind of problem a database reported, from the SQL state (portable) and, where drivers disagree, the
 * vendor's error code.
 */
final class DatabaseErrors {

	/** MariaDB/MySQL: command denied to user, access denied to database, table access denied. */
	private static final Set<Integer> MYSQL_PERMISSION_CODES = Set.of(1142, 1044, 1143, 1227);

	private static final int MYSQL_UNKNOWN_DATABASE = 1049;

	private DatabaseErrors() {
	}

	/** The deepest {@link SQLException} among the causes, or {@code null}. */
	static @Nullable SQLException sqlException(@Nullable Throwable failure) {
		SQLException found = null;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sqlException) {
				found = sqlException;
			}
		}
		return found;
	}

	static boolean isPermissionDenied(@Nullable SQLException error) {
		return error != null && ("42501".equals(error.getSQLState())
				|| MYSQL_PERMISSION_CODES.contains(error.getErrorCode()));
	}

	static boolean isAuthenticationFailure(SQLException error) {
		return error.getSQLState() != null && error.getSQLState().startsWith("28");
	}

	static boolean isUnknownDatabase(SQLException error) {
		return "3D000".equals(error.getSQLState()) || error.getErrorCode() == MYSQL_UNKNOWN_DATABASE;
	}

	static boolean isUnreachable(SQLException error) {
		if (error.getSQLState() != null && error.getSQLState().startsWith("08")) {
			return true;
		}
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
				return true;
			}
		}
		return String.valueOf(error.getMessage()).contains("SQLITE_CANTOPEN");
	}

	/** A driver's message on one line: some (H2) append the statement on lines of their own. */
	static String oneLine(@Nullable String message) {
		return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").trim();
	}

}
