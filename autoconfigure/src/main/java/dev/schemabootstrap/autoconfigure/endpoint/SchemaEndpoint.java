package dev.schemabootstrap.autoconfigure.endpoint;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.autoconfigure.ChangelogStatus;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.check.Finding;
import dev.schemabootstrap.model.EntityMapping;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.ForeignKeyCycle;
import dev.schemabootstrap.report.MermaidDiagram;

/**
 * {@code /actuator/schema}: the persistence unit, the creation order, the foreign-key cycles and how they are
 * broken, every finding, the changelog status, and the foreign-key graph as Mermaid text.
 */
@Endpoint(id = "schema")
public class SchemaEndpoint {

	private final SchemaBootstrapper bootstrapper;

	private final Supplier<@Nullable ChangelogStatus> changelogStatus;

	public SchemaEndpoint(SchemaBootstrapper bootstrapper, Supplier<@Nullable ChangelogStatus> changelogStatus) {
		this.bootstrapper = bootstrapper;
		this.changelogStatus = changelogStatus;
	}

	@ReadOperation
	public SchemaReport report() {
		SchemaAnalysis analysis = bootstrapper.getAnalysis();
		Map<String, List<String>> tablesBySchema = new TreeMap<>();
		for (Table table : analysis.model().tables()) {
			String schema = table.name().schema() == null ? "(default)" : table.name().schema();
			tablesBySchema.computeIfAbsent(schema, (key) -> new java.util.ArrayList<>()).add(table.name().name());
		}
		List<CycleDescriptor> cycles = analysis.plan()
			.cycles()
			.stream()
			.map(CycleDescriptor::of)
			.toList();
		ChangelogStatus status = changelogStatus.get();
		ChangelogDescriptor changelog = new ChangelogDescriptor(bootstrapper.getMode().name().toLowerCase(Locale.ROOT),
				bootstrapper.getChangelogLocation(), status == null ? null : status.applied(),
				status == null ? null : status.pending());
		return new SchemaReport(new UnitDescriptor(analysis.model().dialect(), analysis.model().entities(), tablesBySchema),
				analysis.plan().tableOrder().stream().map(TableName::toString).toList(), cycles,
				bootstrapper.getFindings(status).asList(), changelog,
				MermaidDiagram.of(analysis.model()));
	}

	/** The whole report. */
	public record SchemaReport(UnitDescriptor persistenceUnit, List<String> creationOrder, List<CycleDescriptor> cycles,
			List<Finding> findings, ChangelogDescriptor changelog, String mermaid) implements OperationResponseBody {

	}

	/** The persistence unit: its entities and the tables they need, by schema. */
	public record UnitDescriptor(String dialect, List<EntityMapping> entities, Map<String, List<String>> tablesBySchema) {

	}

	/** A cycle of foreign keys and the keys added after all its tables exist. */
	public record CycleDescriptor(List<String> tables, List<String> brokenBy, boolean breakable) {

		static CycleDescriptor of(ForeignKeyCycle cycle) {
			return new CycleDescriptor(cycle.tables().stream().map(TableName::toString).toList(),
					cycle.deferredForeignKeys().stream().map(CycleDescriptor::describe).toList(), cycle.isBreakable());
		}

		private static String describe(ForeignKey foreignKey) {
			return foreignKey.table() + "(" + String.join(", ", foreignKey.columns()) + ") -> "
					+ foreignKey.referencedTable() + " [" + foreignKey.name() + "]";
		}

	}

	/** Which changelog Liquibase applies and how far the database is through it. */
	public record ChangelogDescriptor(String mode, @Nullable String location, @Nullable Integer applied,
			@Nullable Integer pending) {

	}

}
