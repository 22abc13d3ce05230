package dev.schemabootstrap.autoconfigure.metrics;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.migration.ChangelogStatus;

/**
 * Schema Bootstrap's metrics: {@code schema.bootstrap.findings} by severity, {@code schema.bootstrap.changesets}
 * applied and pending after the startup migration, and {@code schema.bootstrap.migration.duration}, how long
 * Liquibase took at startup. All read what startup found; none queries the database.
 */
public class SchemaMetrics implements MeterBinder {

	private final SchemaBootstrapper bootstrapper;

	public SchemaMetrics(SchemaBootstrapper bootstrapper) {
		this.bootstrapper = bootstrapper;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (Severity severity : Severity.values()) {
			Gauge.builder("schema.bootstrap.findings", bootstrapper, (b) -> b.getFindings().count(severity))
				.tag("severity", severity.name().toLowerCase(Locale.ROOT))
				.description("Findings about the mapping and the database, by severity")
				.register(registry);
		}
		Gauge.builder("schema.bootstrap.changesets", bootstrapper, (b) -> applied(b.getMigrationStatus()))
			.tag("state", "applied")
			.description("Changesets recorded as applied after the startup migration")
			.register(registry);
		Gauge.builder("schema.bootstrap.changesets", bootstrapper, (b) -> pending(b.getMigrationStatus()))
			.tag("state", "pending")
			.description("Changesets not applied after the startup migration")
			.register(registry);
		TimeGauge.builder("schema.bootstrap.migration.duration", bootstrapper, TimeUnit.MILLISECONDS,
				(b) -> b.getMigrationDuration() == null ? Double.NaN : b.getMigrationDuration().toMillis())
			.description("How long Liquibase took at startup")
			.register(registry);
	}

	private static double applied(@Nullable ChangelogStatus status) {
		return status == null ? Double.NaN : status.applied();
	}

	private static double pending(@Nullable ChangelogStatus status) {
		return status == null ? Double.NaN : status.pending();
	}

}
