package dev.schemabootstrap.drift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Index;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.UniqueConstraint;

/**
 * The foreign keys, unique constraints and indexes of one table, expected against live, matched by their
 * columns: foreign keys by columns and target, unique constraints by their set of columns (a unique index
 * counts), indexes by their ordered columns.
 */
final class ConstraintDrift {

	private final DriftContext context;

	private final Table expected;

	private final Table actual;

	ConstraintDrift(DriftContext context, Table expected, Table actual) {
		this.context = context;
		this.expected = expected;
		this.actual = actual;
	}

	void compare(List<Finding> findings) {
		compareForeignKeys(findings);
		compareUniques(findings);
		compareIndexes(findings);
	}

	private void compareForeignKeys(List<Finding> findings) {
		Map<String, ForeignKey> live = foreignKeys(actual);
		Map<String, ForeignKey> wanted = foreignKeys(expected);
		wanted.forEach((key, foreignKey) -> {
			ForeignKey found = live.get(key);
			String subject = context.subject(expected.name(), foreignKey.columns());
			if (found == null) {
				findings.add(context.finding(Severity.ERROR, subject,
						"Foreign key " + foreignKey.name() + " " + describe(foreignKey) + " is missing.",
						"Add it with an addForeignKeyConstraint changeset (constraintName " + foreignKey.name()
								+ ", baseColumnNames " + String.join(", ", foreignKey.columns())
								+ ", referencedTableName " + foreignKey.referencedTable() + ", referencedColumnNames "
								+ String.join(", ", foreignKey.referencedColumns()) + ")."));
			}
			else if (found.deleteCascade() != foreignKey.deleteCascade()) {
				findings.add(context.finding(Severity.ERROR, subject,
						"Foreign key " + describe(foreignKey) + ": expected " + onDelete(foreignKey) + ", found "
								+ onDelete(found) + ".",
						"Recreate the key with onDelete " + (foreignKey.deleteCascade() ? "CASCADE" : "NO ACTION")
								+ " (dropForeignKeyConstraint, addForeignKeyConstraint), or change @OnDelete in "
								+ context.owner(expected) + "."));
			}
		});
		live.forEach((key, foreignKey) -> {
			if (!wanted.containsKey(key)) {
				findings.add(context.finding(Severity.WARNING, context.subject(expected.name(), foreignKey.columns()),
						"Foreign key " + context.display(foreignKey.name()) + " " + describe(foreignKey)
								+ " exists in the database but not in the model.",
						"Drop it with a dropForeignKeyConstraint changeset, or map the association in "
								+ context.owner(expected) + "."));
			}
		});
	}

	private void compareUniques(List<Finding> findings) {
		Map<String, String> live = uniques(actual);
		Map<String, String> wanted = uniques(expected);
		wanted.forEach((key, name) -> {
			if (!live.containsKey(key)) {
				findings.add(context.finding(Severity.ERROR, context.subject(expected.name(), List.of(key.split(", "))),
						"Unique constraint " + name + " on (" + key + ") is missing: duplicates are not refused.",
						"Add it with an addUniqueConstraint changeset (constraintName " + name + ", columnNames " + key
								+ ") after removing duplicates, or drop the uniqueness from " + context.owner(expected)
								+ "."));
			}
		});
		live.forEach((key, name) -> {
			if (!wanted.containsKey(key)) {
				findings.add(context.finding(Severity.WARNING, context.subject(expected.name(), List.of(key.split(", "))),
						"Unique constraint or index " + context.display(name) + " on (" + key
								+ ") exists in the database but not in the model.",
						"Drop it with a dropUniqueConstraint or dropIndex changeset, or declare it in "
								+ context.owner(expected) + " (@Column(unique = true) or @Table(uniqueConstraints))."));
			}
		});
	}

	private void compareIndexes(List<Finding> findings) {
		Map<String, String> live = indexes(actual);
		Map<String, String> wanted = indexes(expected);
		Set<String> foreignKeyColumns = new TreeSet<>();
		if (context.kind().indexesForeignKeys()) {
			foreignKeyColumns.addAll(foreignKeyColumns(actual));
			foreignKeyColumns.addAll(foreignKeyColumns(expected));
		}
		wanted.forEach((key, name) -> {
			if (!live.containsKey(key)) {
				findings.add(context.finding(Severity.WARNING, context.subject(expected.name(), List.of(key.split(", "))),
						"Index " + name + " on (" + key + ") is missing.",
						"Add it with a createIndex changeset (indexName " + name + ", columns " + key + ")."));
			}
		});
		live.forEach((key, name) -> {
			if (!wanted.containsKey(key) && !foreignKeyColumns.contains(key)) {
				findings.add(context.finding(Severity.WARNING, context.subject(expected.name(), List.of(key.split(", "))),
						"Index " + context.display(name) + " on (" + key + ") exists in the database but not in the model.",
						"Drop it with a dropIndex changeset, or declare it in " + context.owner(expected)
								+ " (@Table(indexes = @Index(...)))."));
			}
		});
	}

	private String describe(ForeignKey foreignKey) {
		return "from " + context.subject(foreignKey.table()) + "(" + DriftContext.columnList(foreignKey.columns())
				+ ") to " + context.subject(foreignKey.referencedTable()) + "("
				+ DriftContext.columnList(foreignKey.referencedColumns()) + ")";
	}

	private static String onDelete(ForeignKey foreignKey) {
		return foreignKey.deleteCascade() ? "ON DELETE CASCADE" : "no ON DELETE CASCADE";
	}

	static Map<String, ForeignKey> foreignKeys(Table table) {
		Map<String, ForeignKey> keys = new LinkedHashMap<>();
		for (ForeignKey foreignKey : table.foreignKeys()) {
			keys.putIfAbsent(DriftContext.columnList(foreignKey.columns()) + " -> "
					+ DriftContext.key(foreignKey.referencedTable()) + "("
					+ DriftContext.columnList(foreignKey.referencedColumns()) + ")", foreignKey);
		}
		return keys;
	}

	/** Unique constraints and unique indexes by their sorted columns, to their name. */
	static Map<String, String> uniques(Table table) {
		Map<String, String> uniques = new LinkedHashMap<>();
		for (UniqueConstraint unique : table.uniqueConstraints()) {
			uniques.putIfAbsent(uniqueKey(unique.columns()), unique.name());
		}
		for (Index index : table.indexes()) {
			if (index.unique()) {
				uniques.putIfAbsent(uniqueKey(index.columns()), index.name());
			}
		}
		return uniques;
	}

	/** A unique constraint is the same whatever the order of its columns. */
	static String uniqueKey(List<String> columns) {
		return DriftContext.columnList(new ArrayList<>(new TreeSet<>(lower(columns))));
	}

	/** Non-unique indexes by their ordered columns, to their name. */
	static Map<String, String> indexes(Table table) {
		Map<String, String> indexes = new LinkedHashMap<>();
		for (Index index : table.indexes()) {
			if (!index.unique()) {
				indexes.putIfAbsent(DriftContext.columnList(index.columns()), index.name());
			}
		}
		return indexes;
	}

	private static Set<String> foreignKeyColumns(Table table) {
		return table.foreignKeys()
			.stream()
			.map((foreignKey) -> DriftContext.columnList(foreignKey.columns()))
			.collect(Collectors.toSet());
	}

	private static List<String> lower(List<String> columns) {
		return columns.stream().map((column) -> column.toLowerCase(java.util.Locale.ROOT)).toList();
	}

}
