package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.Index;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;

/**
 * Reports an index whose columns another structure of its table already indexes: the primary key, a unique
 * constraint or another index with the same leading columns. The database maintains both on every write and
 * never needs the redundant one to read. An index stays useful when it enforces a uniqueness the other does not
 * (a unique index on (a) beside a non-unique one on (a, b)).
 */
public final class RedundantIndexCheck implements SchemaCheck {

	@Override
	public String id() {
		return FindingId.REDUNDANT_INDEX.id();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		List<Finding> findings = new ArrayList<>();
		for (Table table : context.model().tables()) {
			List<Key> keys = keys(table);
			for (Key index : keys) {
				if (index.kind.equals("index")) {
					keys.stream()
						.filter((other) -> other != index && index.redundantBeside(other))
						.findFirst()
						.ifPresent((other) -> findings.add(finding(context.model(), table, index, other)));
				}
			}
		}
		return findings;
	}

	private static Finding finding(SchemaModel model, Table table, Key index, Key other) {
		String entity = EntityNames.index(model).of(table.name());
		String covered = index.columns.size() == other.columns.size() ? "repeats" : "is a leading part of";
		return new Finding(FindingId.REDUNDANT_INDEX, Severity.WARNING, table.name() + "." + index.name,
				"Index " + index.name + " on " + table.name() + Subjects.columns(index.original) + " " + covered
						+ " the " + other.kind + " " + other.name + Subjects.columns(other.original)
						+ ", which the database already indexes; it costs every insert and update and no query needs it",
				"Remove @Index(name = \"" + index.name + "\") from @Table(indexes = ...) of " + entity
						+ " (a unique column or unique constraint is indexed already)");
	}

	private static List<Key> keys(Table table) {
		List<Key> keys = new ArrayList<>();
		if (table.primaryKey() != null) {
			keys.add(new Key("primary key", table.primaryKey().name(), table.primaryKey().columns(), true));
		}
		table.uniqueConstraints()
			.forEach((unique) -> keys.add(new Key("unique constraint", unique.name(), unique.columns(), true)));
		for (Index index : table.indexes()) {
			keys.add(new Key("index", index.name(), index.columns(), index.unique()));
		}
		return keys;
	}

	private record Key(String kind, String name, List<String> original, List<String> columns, boolean unique) {

		Key(String kind, String name, List<String> columns, boolean unique) {
			this(kind, name, columns, columns.stream().map((column) -> column.toLowerCase(Locale.ROOT)).toList(),
					unique);
		}

		/**
		 * Whether this index adds nothing beside the other: its columns lead the other's and it enforces no
		 * uniqueness the other does not. Of two equal indexes only the one with the greater name is redundant.
		 */
		boolean redundantBeside(Key other) {
			if (columns.size() > other.columns.size() || !other.columns.subList(0, columns.size()).equals(columns)) {
				return false;
			}
			boolean equal = columns.size() == other.columns.size();
			if (unique && !(other.unique && equal)) {
				return false;
			}
			boolean twin = other.kind.equals("index") && equal && unique == other.unique;
			return !twin || name.compareTo(other.name) > 0;
		}

	}

}
