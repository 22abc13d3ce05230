package dev.schemabootstrap.autoconfigure;

import java.time.Clock;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.io.ResourceLoader;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;

/**
 * The stage before Liquibase runs at startup: whether it may. A lock held longer than {@code lock.stale-after}
 * ({@link StaleLock}, {@code stale-lock}) keeps it from running, since it would only wait for the lock and fail; a
 * database with tables but no Liquibase history that could not be adopted ({@link DatabaseAdoption},
 * {@code unmanaged-database}) keeps it from running whatever {@code validation.fail-on} says, since no DDL runs
 * against it.
 */
final class MigrationGate {

	private MigrationGate() {
	}

	/**
	 * @param changelog the changelog Liquibase is about to apply
	 */
	static Result check(SchemaBootstrapProperties properties, Supplier<SchemaAnalysis> analysis, DataSource dataSource,
			LiquibaseProperties liquibaseProperties, ResourceLoader resourceLoader, String changelog) {
		Findings lock = new StaleLock(dataSource, liquibaseProperties, Clock.systemUTC())
			.check(properties.getLock().getStaleAfter(), properties.getLock().isReleaseStale());
		boolean runs = lock.atLeast(Severity.ERROR).isEmpty();
		Findings adoption = lock.and(new DatabaseAdoption(dataSource, liquibaseProperties, resourceLoader)
			.adoptIfUnmanaged(analysis, changelog, properties.getBaseline().getMode()));
		if (!adoption.withId(FindingId.UNMANAGED_DATABASE).atLeast(Severity.ERROR).isEmpty()) {
			runs = false;
		}
		return new Result(adoption, runs);
	}

	/**
	 * @param findings the {@code stale-lock} and {@code unmanaged-database} findings
	 * @param runs whether Liquibase may run
	 */
	record Result(Findings findings, boolean runs) {
	}

}
