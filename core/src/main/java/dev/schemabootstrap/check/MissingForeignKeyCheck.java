package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.ColumnRef;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Table;

/**
 * Reports a column that looks like a reference but has no foreign key: it is named {@code <name>_id}, a table of
 * the unit is called {@code <name>} (or its plural, or {@code <name>} ends in {@code _<table>}), and that table's
 * single-column primary key has the same SQL type. The database accepts ids of rows that do not exist, and the
 * creation order and cycle analysis cannot see the dependency.
 */
public final class MissingForeignKeyCheck implements SchemaCheck {

	public static final String ID = "missing-foreign-key";

	private static final String SUFFIX = "_id";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<Finding> check(CheckContext context) {
		Map<String, List<Table>> tablesByName = new HashMap<>();
		for (Table table : context.model().tables()) {
			if (table.primaryKey() != null && table.primaryKey().columns().size() == 1) {
				tablesByName.computeIfAbsent(table.name().name().toLowerCase(Locale.ROOT), (key) -> new ArrayList<>())
					.add(table);
			}
		}
		Subjects subjects = new Subjects(context.mapping());
		List<Finding> findings = new ArrayList<>();
		for (Table table : context.model().tables()) {
			Set<String> referencing = referencingColumns(table);
			for (Column column : table.columns()) {
				String name = column.name().toLowerCase(Locale.ROOT);
				if (name.length() > SUFFIX.length() && name.endsWith(SUFFIX) && !referencing.contains(name)
						&& !isOwnPrimaryKey(table, name)) {
					target(table, column, name.substring(0, name.length() - SUFFIX.length()), tablesByName)
						.ifPresent((target) -> findings.add(finding(subjects, table, column, target)));
				}
			}
		}
		return findings;
	}

	private static Finding finding(Subjects subjects, Table table, Column column, Table target) {
		ColumnRef ref = new ColumnRef(table.name(), column.name());
		String targetColumn = target.primaryKey().columns().get(0);
		String attribute = subjects.attributes(ref, "the attribute mapping " + column.name());
		return new Finding(ID, Severity.WARNING, ref.toString(),
				ref + subjects.mappedBy(ref) + " looks like a reference to " + target.name() + "." + targetColumn
						+ " (same type " + column.sqlType() + ") but has no foreign key: the database accepts ids of "
						+ target.name() + " rows that do not exist, and nothing orders " + table.name() + " after "
						+ target.name(),
				"Map " + attribute + " as an association, @ManyToOne @JoinColumn(name = \"" + column.name() + "\"),"
						+ " keeping a plain id attribute read-only if needed (insertable = false, updatable = false);"
						+ " if the reference is deliberately loose, suppress it with 'missing-foreign-key:" + ref
						+ "'");
	}

	private static Optional<Table> target(Table table, Column column, String prefix,
			Map<String, List<Table>> tablesByName) {
		List<Table> candidates = new ArrayList<>();
		for (String name : List.of(prefix, prefix + "s", prefix + "es",
				prefix.endsWith("y") ? prefix.substring(0, prefix.length() - 1) + "ies" : prefix)) {
			candidates.addAll(tablesByName.getOrDefault(name, List.of()));
		}
		for (int underscore = prefix.indexOf('_'); underscore > 0; underscore = prefix.indexOf('_', underscore + 1)) {
			candidates.addAll(tablesByName.getOrDefault(prefix.substring(underscore + 1), List.of()));
		}
		return candidates.stream()
			.distinct()
			.filter((candidate) -> sameType(column, candidate))
			.min(Comparator
				.comparing((Table candidate) -> !Objects.equals(candidate.name().schema(), table.name().schema()))
				.thenComparing(Table::name));
	}

	private static boolean sameType(Column column, Table candidate) {
		return candidate.column(candidate.primaryKey().columns().get(0))
			.map((key) -> key.sqlType().equalsIgnoreCase(column.sqlType()))
			.orElse(false);
	}

	private static Set<String> referencingColumns(Table table) {
		Set<String> columns = new java.util.HashSet<>();
		for (ForeignKey foreignKey : table.foreignKeys()) {
			foreignKey.columns().forEach((column) -> columns.add(column.toLowerCase(Locale.ROOT)));
		}
		return columns;
	}

	private static boolean isOwnPrimaryKey(Table table, String column) {
		return table.primaryKey() != null && table.primaryKey().columns().size() == 1
				&& table.primaryKey().columns().get(0).equalsIgnoreCase(column);
	}

}
