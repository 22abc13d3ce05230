package dev.schemabootstrap.autoconfigure.diagnostics;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import liquibase.exception.LiquibaseException;
import liquibase.exception.MigrationFailedException;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Explains why the database could not be used at startup, before any DDL: it cannot be reached, it refused the
 * credentials, the database named in the URL does not exist, or the user may not create Liquibase's tables. Names
 * the URL (without its password) and the properties to check.
 */
public class DatabaseAccessFailureAnalyzer implements FailureAnalyzer, Ordered {

	private static final String NOTHING_CHANGED = "Nothing was changed in the database.";

	private final Environment environment;

	public DatabaseAccessFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		SQLException error = DatabaseErrors.sqlException(failure);
		if (error == null) {
			return null;
		}
		String reason = DatabaseErrors.oneLine(error.getMessage());
		if (has(failure, CannotGetJdbcConnectionException.class) || isPoolStartFailure(failure)) {
			return connectionFailure(failure, error, reason);
		}
		if (DatabaseErrors.isPermissionDenied(error) && has(failure, LiquibaseException.class)
				&& !has(failure, MigrationFailedException.class)) {
			return new FailureAnalysis("Liquibase could not create its tables (DATABASECHANGELOG,"
					+ " DATABASECHANGELOGLOCK) in " + url() + ": the database user " + user()
					+ " may not run DDL there: " + reason,
					"Grant the user the rights to create and change tables (PostgreSQL: GRANT CREATE ON SCHEMA"
							+ " <schema> TO <user>; MariaDB/MySQL: GRANT CREATE, ALTER, DROP, INDEX, REFERENCES ON"
							+ " <database>.* TO <user>), or let Liquibase connect as a user that has them with"
							+ " 'spring.liquibase.user' and 'spring.liquibase.password' while the application keeps"
							+ " its own. " + NOTHING_CHANGED,
					failure);
		}
		return null;
	}

	private FailureAnalysis connectionFailure(Throwable failure, SQLException error, String reason) {
		if (DatabaseErrors.isAuthenticationFailure(error)) {
			return new FailureAnalysis("The database at " + url() + " refused the credentials of user " + user()
					+ ": " + reason,
					"Check 'spring.datasource.username' and 'spring.datasource.password' (or the user and password in"
							+ " 'spring.datasource.url'): the user must exist and may connect from this host. "
							+ NOTHING_CHANGED,
					failure);
		}
		if (DatabaseErrors.isUnknownDatabase(error)) {
			return new FailureAnalysis("The database named in " + url() + " does not exist on that server: " + reason,
					"Create the database (for example CREATE DATABASE <name>), or correct its name in"
							+ " 'spring.datasource.url'. Schema Bootstrap creates schemas and tables, never the"
							+ " database itself. " + NOTHING_CHANGED,
					failure);
		}
		if (DatabaseErrors.isUnreachable(error)) {
			return new FailureAnalysis("Schema Bootstrap could not reach the database at " + url() + ": " + reason,
					"Check that the database server is running and accepts connections at the host and port of"
							+ " 'spring.datasource.url' (for a file database, that its directory exists and is"
							+ " writable). " + NOTHING_CHANGED,
					failure);
		}
		return new FailureAnalysis("Schema Bootstrap could not connect to the database at " + url() + ": " + reason,
				"Check 'spring.datasource.url', 'spring.datasource.username' and 'spring.datasource.password'. "
						+ NOTHING_CHANGED,
				failure);
	}

	/** The JDBC URL as configured, with any password in it masked. */
	private String url() {
		String url = environment.getProperty("spring.datasource.url");
		if (url == null) {
			return "the configured DataSource";
		}
		return "'" + url.replaceAll("(?i)(password=)[^&;]*", "$1******") + "'";
	}

	/** The user as configured, else as the URL names it ({@code user=}). */
	private String user() {
		String user = environment.getProperty("spring.datasource.username");
		if (user == null) {
			Matcher inUrl = Pattern.compile("[?&;]user=([^&;]*)")
				.matcher(String.valueOf(environment.getProperty("spring.datasource.url")));
			user = inUrl.find() ? inUrl.group(1) : null;
		}
		return user != null ? "'" + user + "'" : "(the driver's default)";
	}

	private static boolean isPoolStartFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getName().endsWith("PoolInitializationException")) {
				return true;
			}
		}
		return false;
	}

	private static boolean has(Throwable failure, Class<?> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
