package dev.schemabootstrap.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.snapshot.SnapshotGeneratorFactory;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;

/**
 * Looks at Liquibase's lock before Liquibase runs. A lock held longer than {@code lock.stale-after} was most likely
 * left by a process killed during a migration: Liquibase would wait for it and then fail without saying who holds
 * it. It is reported as {@code stale-lock} with the holder and the time, and released when
 * {@code lock.release-stale=true}.
 */
public final class StaleLock {

	private final LiquibaseTarget target;

	private final Clock clock;

	private final StageLog log;

	public StaleLock(LiquibaseTarget target, Clock clock, StageLog log) {
		this.target = target;
		this.clock = clock;
		this.log = log;
	}

	/**
	 * @param staleAfter how long a lock may be held before it is reported
	 * @param release whether a stale lock is released (a WARNING) instead of reported (an ERROR)
	 */
	public Findings check(Duration staleAfter, boolean release) {
		try (Connection connection = target.dataSource().getConnection()) {
			Database database = target.open(connection);
			if (!SnapshotGeneratorFactory.getInstance().hasDatabaseChangeLogLockTable(database)) {
				return Findings.NONE;
			}
			LockService lockService = LockServiceFactory.getInstance().getLockService(database);
			List<Finding> findings = new ArrayList<>();
			for (DatabaseChangeLogLock lock : lockService.listLocks()) {
				Instant granted = lock.getLockGranted().toInstant();
				Duration held = Duration.between(granted, clock.instant());
				if (held.compareTo(staleAfter) > 0) {
					findings.add(release ? released(lockService, lock, held) : stale(lock, held, staleAfter));
				}
				else {
					// Another instance migrating, or a process killed during a migration: cannot tell yet.
					log.info("The Liquibase lock is held by " + lock.getLockedBy() + " since " + granted + " ("
							+ describe(held) + "); Liquibase waits for it. It is reported as stale-lock once older"
							+ " than schema-bootstrap.lock.stale-after=" + describe(staleAfter));
				}
			}
			return Findings.of(findings);
		}
		catch (SQLException | LiquibaseException ex) {
			throw new IllegalStateException("Schema Bootstrap could not read the Liquibase lock: " + ex.getMessage(),
					ex);
		}
	}

	private Finding stale(DatabaseChangeLogLock lock, Duration held, Duration staleAfter) {
		return new Finding(FindingId.STALE_LOCK, Severity.ERROR, target.settings().lockTable(),
				"The Liquibase lock is held by " + lock.getLockedBy() + " since " + lock.getLockGranted().toInstant()
						+ " (" + describe(held) + "), longer than schema-bootstrap.lock.stale-after=" + describe(staleAfter)
						+ ": Liquibase would wait for it and then fail",
				"If that process is gone (killed during a migration), release the lock: set"
						+ " schema-bootstrap.lock.release-stale=true for one start, or run 'UPDATE "
						+ target.settings().lockTable()
						+ " SET LOCKED = FALSE, LOCKGRANTED = NULL, LOCKEDBY = NULL'; if a migration is still running,"
						+ " wait for it");
	}

	private Finding released(LockService lockService, DatabaseChangeLogLock lock, Duration held)
			throws LiquibaseException {
		lockService.forceReleaseLock();
		String message = "Released the Liquibase lock held by " + lock.getLockedBy() + " since "
				+ lock.getLockGranted().toInstant() + " (" + describe(held) + ")";
		log.warn(message + " (schema-bootstrap.lock.release-stale=true)");
		return new Finding(FindingId.STALE_LOCK, Severity.WARNING, target.settings().lockTable(), message,
				"Check that the process that held it is gone; changesets it was running are run again");
	}

	private static String describe(Duration duration) {
		Duration shown = duration.compareTo(Duration.ofSeconds(1)) < 0 ? duration
				: duration.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		return shown.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
	}

}
