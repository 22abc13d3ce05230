package dev.schemabootstrap.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.drift.DriftUnsupported;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.migration.ChangelogStatus;

/**
 * The {@code schema} health component: UP only when there is no error finding, the model's, the database's or
 * {@code pending-changesets} or {@code schema-drift}; the details count entities, tables, schemas, findings by severity, and applied and pending
 * changesets, and
 * differences between the live schema and the model (drift, once checked after startup).
 */
public class SchemaHealthIndicator extends AbstractHealthIndicator {

	private final SchemaBootstrapper bootstrapper;

	private final Supplier<@Nullable ChangelogStatus> changelogStatus;

	public SchemaHealthIndicator(SchemaBootstrapper bootstrapper, Supplier<@Nullable ChangelogStatus> changelogStatus) {
		super("Schema health check failed");
		this.bootstrapper = bootstrapper;
		this.changelogStatus = changelogStatus;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		SchemaAnalysis analysis = bootstrapper.getAnalysis();
		ChangelogStatus status = changelogStatus.get();
		Findings findings = bootstrapper.getFindings(status);
		builder.status(findings.count(Severity.ERROR) == 0 ? "UP" : "DOWN");
		builder.withDetail("entities", analysis.model().entities().size());
		builder.withDetail("tables", analysis.model().tables().size());
		builder.withDetail("schemas", analysis.model().schemas().size());
		Map<String, Long> counts = new LinkedHashMap<>();
		findings.countsBySeverity()
			.forEach((severity, count) -> counts.put(severity.name().toLowerCase(Locale.ROOT), count));
		builder.withDetail("findings", counts);
		builder.withDetail("changelogMode", bootstrapper.getMode().name().toLowerCase(Locale.ROOT));
		if (bootstrapper.isDriftChecked()) {
			builder.withDetail("drift", findings.withId(FindingId.SCHEMA_DRIFT.id()).size());
		}
		else if (!findings.withId(FindingId.DRIFT_UNSUPPORTED_DATABASE.id()).isEmpty()) {
			// A database whose catalog is not read: "no drift" would claim a comparison that never ran.
			builder.withDetail("drift", "off");
		}
		if (status != null) {
			builder.withDetail("changesets", Map.of("applied", status.applied(), "pending", status.pending()));
		}
	}

}
