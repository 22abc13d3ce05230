package dev.schemabootstrap.autoconfigure.diagnostics;

import liquibase.exception.LockException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

import dev.schemabootstrap.autoconfigure.DocsLinks;

/**
 * Explains Liquibase giving up on its lock at startup. The lock was younger than {@code lock.stale-after}, so
 * Schema Bootstrap took it for a migration running elsewhere and let Liquibase wait; when it was left by a process
 * killed during a migration, the operator needs to know how to release it.
 */
public class LiquibaseLockFailureAnalyzer extends AbstractFailureAnalyzer<LockException> {

	/** The start of Liquibase's message when it has waited for the lock in vain. */
	static final String NOT_ACQUIRED = "Could not acquire change log lock";

	private final Environment environment;

	public LiquibaseLockFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, LockException cause) {
		String message = String.valueOf(cause.getMessage());
		if (!message.contains(NOT_ACQUIRED)) {
			return null;
		}
		String staleAfter = environment.getProperty("schema-bootstrap.lock.stale-after", "10m");
		String table = environment.getProperty("spring.liquibase.database-change-log-lock-table",
				"DATABASECHANGELOGLOCK");
		String description = "Liquibase waited for its lock and gave up: " + message.replaceAll("\\s+", " ").trim()
				+ ". The lock was younger than schema-bootstrap.lock.stale-after=" + staleAfter
				+ ", so it was taken for a migration still running elsewhere.";
		String action = "If another instance is migrating, let it finish, then start again. If the process that held"
				+ " the lock is gone (killed during a migration; its unfinished changeset was rolled back where the"
				+ " database has transactional DDL), start once with schema-bootstrap.lock.release-stale=true when the"
				+ " lock is older than schema-bootstrap.lock.stale-after, or release it by hand: UPDATE " + table
				+ " SET LOCKED = FALSE, LOCKGRANTED = NULL, LOCKEDBY = NULL. Liquibase's wait is"
				+ " liquibase.changelogLockWaitTimeInMinutes (5 by default). See "
				+ DocsLinks.of(environment).page("operations.md#a-lock-left-behind-crash-recovery") + ".";
		return new FailureAnalysis(description, action, cause);
	}

}
