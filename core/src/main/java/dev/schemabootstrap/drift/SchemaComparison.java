package dev.schemabootstrap.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.model.CheckConstraint;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;

/**
 * How the drift check matches the model with a live schema (names without regard to case, keys and indexes by their
 * columns, portable column types as modelled), for the planner of evolutions ({@code plan.EvolutionPlanner}), so
 * that what it plans is exactly what the drift check would otherwise report.
 */
public final class SchemaComparison {

	private SchemaComparison() {
	}

	/** The live schema with the columns whose type is a portable spelling of the model's taken as modelled. */
	public static SchemaModel asModelled(SchemaModel expected, SchemaModel live) {
		return PortableColumns.asModelled(expected, live);
	}

	/** The key a table or sequence is matched by. */
	public static String key(TableName name) {
		return DriftContext.key(name);
	}

	/** The key a list of columns is matched by. */
	public static String columnList(List<String> columns) {
		return DriftContext.columnList(columns);
	}

	/** A table's foreign keys by the key they are matched by. */
	public static Map<String, ForeignKey> foreignKeys(Table table) {
		return ConstraintDrift.foreignKeys(table);
	}

	/** A table's unique constraints (and unique indexes) by the key they are matched by. */
	public static Map<String, String> uniques(Table table) {
		return ConstraintDrift.uniques(table);
	}

	/** The key a unique constraint on these columns is matched by. */
	public static String uniqueKey(List<String> columns) {
		return ConstraintDrift.uniqueKey(columns);
	}

	/** A table's indexes by the key they are matched by. */
	public static Map<String, String> indexes(Table table) {
		return ConstraintDrift.indexes(table);
	}

	/** The keys of a schema's sequences. */
	public static Set<String> sequenceKeys(SchemaModel model) {
		return DriftDetector.sequenceKeys(model);
	}

	/**
	 * The checks of the expected table the live one lacks ({@code live} null) or has with another condition. Checks
	 * only the live table has are left out.
	 */
	public static List<CheckDifference> checkDifferences(Table expected, Table live) {
		CheckMatch match = CheckMatch.of(expected, live);
		List<CheckDifference> differences = new ArrayList<>();
		match.missing().forEach((check) -> differences.add(new CheckDifference(check, null)));
		match.different().forEach((pair) -> differences.add(new CheckDifference(pair.expected(), pair.live())));
		return differences;
	}

	/** A check the model has, and the live check of the same name, or {@code null} when the live table lacks it. */
	public record CheckDifference(CheckConstraint expected, @Nullable CheckConstraint live) {
	}

}
