package dev.schemabootstrap.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.autoconfigure.ChangelogStatus;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.check.Severity;

/**
 * The {@code schema} health component: UP only when the model has no error findings and no changeset is
 * pending; the details count entities, tables, schemas, findings by severity, and applied and pending
 * changesets.
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
		long errors = bootstrapper.getFindings().count(Severity.ERROR);
		ChangelogStatus status = changelogStatus.get();
		boolean healthy = errors == 0 && (status == null || status.pending() == 0);
		builder.status(healthy ? "UP" : "DOWN");
		builder.withDetail("entities", analysis.model().entities().size());
		builder.withDetail("tables", analysis.model().tables().size());
		builder.withDetail("schemas", analysis.model().schemas().size());
		Map<String, Long> findings = new LinkedHashMap<>();
		bootstrapper.getFindings()
			.countsBySeverity()
			.forEach((severity, count) -> findings.put(severity.name().toLowerCase(Locale.ROOT), count));
		builder.withDetail("findings", findings);
		builder.withDetail("changelogMode", bootstrapper.getMode().name().toLowerCase(Locale.ROOT));
		if (status != null) {
			builder.withDetail("changesets", Map.of("applied", status.applied(), "pending", status.pending()));
		}
	}

}
