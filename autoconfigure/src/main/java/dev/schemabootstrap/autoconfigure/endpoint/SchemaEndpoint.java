package dev.schemabootstrap.autoconfigure.endpoint;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.migration.ChangelogStatus;
import dev.schemabootstrap.report.HtmlReport;
import dev.schemabootstrap.report.SchemaReport.Changelog;
import dev.schemabootstrap.report.SchemaReport.Cycle;
import dev.schemabootstrap.report.SchemaReport.Unit;

/**
 * {@code /actuator/schema}: the persistence unit, the creation order, the foreign-key cycles and how they are
 * broken, every finding, the changelog status, and the foreign-key graph as Mermaid text. Over HTTP the same report
 * also comes as one HTML page with the foreign-key diagram ({@link SchemaEndpointWebExtension}).
 */
@Endpoint(id = "schema")
public class SchemaEndpoint {

	private final SchemaBootstrapper bootstrapper;

	private final Supplier<@Nullable ChangelogStatus> changelogStatus;

	private final HtmlReport htmlReport = new HtmlReport();

	public SchemaEndpoint(SchemaBootstrapper bootstrapper, Supplier<@Nullable ChangelogStatus> changelogStatus) {
		this.bootstrapper = bootstrapper;
		this.changelogStatus = changelogStatus;
	}

	@ReadOperation(producesFrom = SchemaReportFormat.class)
	public SchemaReport report() {
		return SchemaReport.of(coreReport());
	}

	/** The report as one self-contained HTML page. */
	public String html() {
		return htmlReport.render(coreReport(), bootstrapper.getAnalysis().plan());
	}

	private dev.schemabootstrap.report.SchemaReport coreReport() {
		SchemaAnalysis analysis = bootstrapper.getAnalysis();
		ChangelogStatus status = changelogStatus.get();
		Changelog changelog = new Changelog(bootstrapper.getMode().name().toLowerCase(Locale.ROOT),
				bootstrapper.getChangelogLocation(), status == null ? null : status.applied(),
				status == null ? null : status.pending());
		return dev.schemabootstrap.report.SchemaReport.of(analysis, bootstrapper.getFindings(status), changelog);
	}

	/**
	 * The whole report: core's {@link dev.schemabootstrap.report.SchemaReport}, marked as an Actuator response body
	 * so that it is written with the endpoints' JSON settings.
	 */
	public record SchemaReport(Unit persistenceUnit, List<String> creationOrder, List<Cycle> cycles,
			List<Finding> findings, Changelog changelog, String mermaid) implements OperationResponseBody {

		static SchemaReport of(dev.schemabootstrap.report.SchemaReport report) {
			return new SchemaReport(report.persistenceUnit(), report.creationOrder(), report.cycles(),
					report.findings(), report.changelog(), report.mermaid());
		}

	}

}
