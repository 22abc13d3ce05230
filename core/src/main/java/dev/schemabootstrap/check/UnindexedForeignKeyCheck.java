package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Index;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.UniqueConstraint;

/**
 * Reports a foreign key whose columns lead no index, primary key or unique constraint of their table, on a
 * database that does not index foreign keys itself (PostgreSQL, SQLite; H2, MySQL and MariaDB do). Every delete
 * or key update of a referenced row then scans the referencing table, and joins along the key cannot use an
 * index.
 */
public final class UnindexedForeignKeyCheck implements SchemaCheck {

	@Override
	public String id() {
		return FindingId.UNINDEXED_FOREIGN_KEY.id();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		DatabaseKind database = context.database();
		if (database.indexesForeignKeys()) {
			return List.of();
		}
		Subjects subjects = new Subjects(context.mapping());
		List<Finding> findings = new ArrayList<>();
		for (Table table : context.model().tables()) {
			List<List<String>> indexed = indexed(table);
			for (ForeignKey foreignKey : table.foreignKeys()) {
				Set<String> columns = lower(foreignKey.columns());
				boolean covered = indexed.stream()
					.anyMatch((index) -> index.size() >= columns.size()
							&& new HashSet<>(index.subList(0, columns.size())).equals(columns));
				if (!covered) {
					findings.add(finding(context, subjects, table, foreignKey));
				}
			}
		}
		return findings;
	}

	private static Finding finding(CheckContext context, Subjects subjects, Table table, ForeignKey foreignKey) {
		DatabaseKind database = context.database();
		String columnList = String.join(", ", foreignKey.columns());
		String indexName = "ix_" + table.name().name() + "_" + String.join("_", foreignKey.columns());
		if (indexName.length() > 60) {
			indexName = indexName.substring(0, 60);
		}
		return new Finding(FindingId.UNINDEXED_FOREIGN_KEY, Severity.WARNING, table.name() + "." + String.join(",", foreignKey.columns()),
				"Foreign key " + foreignKey.name() + " on " + table.name() + "(" + columnList + ")"
						+ subjects.mappedBy(table.name(), foreignKey.columns()) + " has no index, and "
						+ database.displayName() + " does not create one: deleting a row of " + foreignKey.referencedTable()
						+ " scans " + table.name() + ", and joins along the key cannot use an index",
				"Add @Index(name = \"" + indexName + "\", columnList = \"" + columnList + "\") to @Table(indexes = ...)"
						+ " of " + EntityNames.index(context.model()).of(table.name()));
	}

	private static List<List<String>> indexed(Table table) {
		List<List<String>> indexed = new ArrayList<>();
		if (table.primaryKey() != null) {
			indexed.add(lowerList(table.primaryKey().columns()));
		}
		for (UniqueConstraint unique : table.uniqueConstraints()) {
			indexed.add(lowerList(unique.columns()));
		}
		for (Index index : table.indexes()) {
			indexed.add(lowerList(index.columns()));
		}
		return indexed;
	}

	private static List<String> lowerList(List<String> columns) {
		return columns.stream().map((column) -> column.toLowerCase(Locale.ROOT)).toList();
	}

	private static Set<String> lower(List<String> columns) {
		return new HashSet<>(lowerList(columns));
	}

}
