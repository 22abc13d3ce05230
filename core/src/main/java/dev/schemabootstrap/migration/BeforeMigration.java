package dev.schemabootstrap.migration;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;

/**
 * The stage before Liquibase runs: whether it may. A lock held longer than {@code lock.stale-after}
 * ({@link StaleLock}, {@code stale-lock}) keeps it from running, since it would only wait for the lock and fail; a
 * database with tables but no Liquibase history that could not be adopted ({@link DatabaseAdoption},
 * {@code unmanaged-database}) keeps it from running whatever {@code validation.fail-on} says, since no DDL runs
 * against it.
 */
public final class BeforeMigration {

	private BeforeMigration() {
	}

	/**
	 * @param changelog the changelog Liquibase is about to apply
	 * @param lock when a held lock is stale, and whether it is then released
	 * @param adoption whether a database with tables but no history is adopted when they match the model
	 */
	public static Result check(LiquibaseTarget target, Supplier<SchemaAnalysis> analysis, String changelog,
			LockPolicy lock, DatabaseAdoption.Adoption adoption, StageLog log) {
		Findings lockFindings = new StaleLock(target, Clock.systemUTC(), log).check(lock.staleAfter(), lock.releaseStale());
		boolean runs = lockFindings.atLeast(Severity.ERROR).isEmpty();
		Findings findings = lockFindings.and(new DatabaseAdoption(target, log).adoptIfUnmanaged(analysis, changelog,
				adoption));
		if (!findings.withId(FindingId.UNMANAGED_DATABASE).atLeast(Severity.ERROR).isEmpty()) {
			runs = false;
		}
		return new Result(findings, runs);
	}

	/**
	 * @param staleAfter how long a lock may be held before it is stale
	 * @param releaseStale whether a stale lock is released
	 */
	public record LockPolicy(Duration staleAfter, boolean releaseStale) {
	}

	/**
	 * @param findings the {@code stale-lock} and {@code unmanaged-database} findings
	 * @param runs whether Liquibase may run
	 */
	public record Result(Findings findings, boolean runs) {
	}

}
