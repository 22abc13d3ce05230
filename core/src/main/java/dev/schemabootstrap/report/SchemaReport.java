package dev.schemabootstrap.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.EntityMapping;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.ForeignKeyCycle;

/**
 * Everything a person needs to see about a persistence unit's schema: the unit, the creation order, the
 * foreign-key cycles and how they are broken, every finding, the changelog status, and the foreign-key graph as
 * Mermaid text. The Actuator endpoint returns it as JSON, the Maven {@code report} goal writes it, and
 * {@link HtmlReport} renders it as a page. It holds names and counts only: no URLs and no credentials.
 *
 * @param persistenceUnit the entities and the tables they need, by schema
 * @param creationOrder the tables in the order the changelog creates them, as {@code schema.table}
 * @param cycles the foreign-key cycles and the keys added after all their tables exist
 * @param findings every finding, sorted by severity
 * @param changelog which changelog is applied and how far the database is through it
 * @param mermaid the foreign-key graph as a Mermaid {@code erDiagram}
 */
public record SchemaReport(Unit persistenceUnit, List<String> creationOrder, List<Cycle> cycles,
		List<Finding> findings, Changelog changelog, String mermaid) {

	/** How the default schema is named where schemas are listed. */
	public static final String DEFAULT_SCHEMA = "(default)";

	public SchemaReport {
		creationOrder = List.copyOf(creationOrder);
		cycles = List.copyOf(cycles);
		findings = List.copyOf(findings);
	}

	/**
	 * The report of an analysis.
	 * @param findings every finding to show: the analysis's own, or more (database findings), already suppressed
	 * as the caller wants
	 */
	public static SchemaReport of(SchemaAnalysis analysis, Findings findings, Changelog changelog) {
		Map<String, List<String>> tablesBySchema = new TreeMap<>();
		for (Table table : analysis.model().tables()) {
			tablesBySchema.computeIfAbsent(schemaLabel(table.name()), (key) -> new ArrayList<>())
				.add(table.name().name());
		}
		tablesBySchema.replaceAll((schema, tables) -> List.copyOf(tables));
		return new SchemaReport(
				new Unit(analysis.model().dialect(), analysis.model().entities(), tablesBySchema),
				analysis.plan().tableOrder().stream().map(TableName::toString).toList(),
				analysis.plan().cycles().stream().map(Cycle::of).toList(), findings.asList(), changelog,
				MermaidDiagram.of(analysis.model()));
	}

	/** The schema a table is listed under: its own, or {@value #DEFAULT_SCHEMA}. */
	public static String schemaLabel(TableName table) {
		return table.schema() == null ? DEFAULT_SCHEMA : table.schema();
	}

	/** The persistence unit: its entities and the tables they need, by schema. */
	public record Unit(String dialect, List<EntityMapping> entities, Map<String, List<String>> tablesBySchema) {

		public Unit {
			entities = List.copyOf(entities);
			tablesBySchema = Collections.unmodifiableMap(new TreeMap<>(tablesBySchema));
		}

	}

	/** A cycle of foreign keys and the keys added after all its tables exist. */
	public record Cycle(List<String> tables, List<String> brokenBy, boolean breakable) {

		public Cycle {
			tables = List.copyOf(tables);
			brokenBy = List.copyOf(brokenBy);
		}

		public static Cycle of(ForeignKeyCycle cycle) {
			return new Cycle(cycle.tables().stream().map(TableName::toString).toList(),
					cycle.deferredForeignKeys().stream().map(Cycle::describe).toList(), cycle.isBreakable());
		}

		/** {@code table(columns) -> referenced [name]}. */
		public static String describe(ForeignKey foreignKey) {
			return foreignKey.table() + "(" + String.join(", ", foreignKey.columns()) + ") -> "
					+ foreignKey.referencedTable() + " [" + foreignKey.name() + "]";
		}

	}

	/**
	 * Which changelog Liquibase applies and how far the database is through it.
	 *
	 * @param mode how the changelog comes about: {@code generate}, {@code verify} or {@code off}
	 * @param location the changelog's location (a classpath location or a project path, never a URL)
	 * @param applied changesets the database has applied; {@code null} when no database was asked
	 * @param pending changesets the database has not applied; {@code null} when no database was asked
	 */
	public record Changelog(String mode, @Nullable String location, @Nullable Integer applied,
			@Nullable Integer pending) {

		/** {@code scheme://user:password@} in a location. */
		private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/@]*@");

		public Changelog {
			// A changelog may be loaded from a URL with credentials in it: they never reach a report.
			location = location == null ? null : USER_INFO.matcher(location).replaceFirst("");
		}

	}

}
