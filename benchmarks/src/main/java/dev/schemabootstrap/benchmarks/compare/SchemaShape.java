package dev.schemabootstrap.benchmarks.compare;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;

/**
 * What a database holds after a changelog ran, read back with core's {@link LiveSchemaReader}: the counts of its
 * objects, and the differences {@link DriftDetector} finds against the model, grouped by kind.
 *
 * @param differences the drift findings by kind (their message up to the first colon or "is missing"), counted
 */
public record SchemaShape(int tables, int columns, int foreignKeys, int indexes, int uniqueConstraints, int sequences,
		int drift, Map<String, Integer> differences) {

	static SchemaShape of(Connection connection, SchemaModel expected) throws SQLException {
		SchemaModel live = new LiveSchemaReader().read(connection, expected);
		Findings findings = new DriftDetector().detect(expected, live);
		Map<String, Integer> differences = new TreeMap<>();
		for (Finding finding : findings) {
			differences.merge(kind(finding.message()), 1, Integer::sum);
		}
		List<Table> tables = live.tables();
		return new SchemaShape(tables.size(), tables.stream().mapToInt((table) -> table.columns().size()).sum(),
				tables.stream().mapToInt((table) -> table.foreignKeys().size()).sum(),
				tables.stream().mapToInt((table) -> table.indexes().size()).sum(),
				tables.stream().mapToInt((table) -> table.uniqueConstraints().size()).sum(), live.sequences().size(),
				findings.size(), differences);
	}

	/** "Column x.y: type differs: expected a, found b." becomes "Column: type differs". */
	private static String kind(String message) {
		String[] words = message.split(" ", 3);
		String rest = words.length > 2 ? words[2] : "";
		String what = rest.contains("is missing") ? "is missing"
				: rest.contains("exists in the database but not in the model") ? "not in the model"
						: rest.replaceFirst(":? expected.*", "").replaceFirst("^[^:]*: ?", "");
		return words[0] + ": " + what;
	}

	/** The counts, for a table cell. */
	String counts() {
		return tables + " / " + columns + " / " + foreignKeys + " / " + indexes + " / " + uniqueConstraints + " / "
				+ sequences;
	}

	/** The drift findings against the model, for a table cell. */
	String driftSummary() {
		return drift == 0 ? "none" : drift + " (" + differences.entrySet()
			.stream()
			.map((entry) -> entry.getValue() + " × " + entry.getKey())
			.reduce((a, b) -> a + "; " + b)
			.orElse("") + ")";
	}

}
