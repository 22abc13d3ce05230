package dev.schemabootstrap.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A table of the model.
 *
 * @param initStatements SQL that must run once right after the table is created (for example the first row
 * of a table-backed id generator)
 * @param checks the table's check constraints, ordered by name
 */
public record Table(TableName name, List<Column> columns, @Nullable PrimaryKey primaryKey,
		List<ForeignKey> foreignKeys, List<UniqueConstraint> uniqueConstraints, List<Index> indexes,
		List<String> initStatements, List<CheckConstraint> checks) {

	public Table {
		columns = List.copyOf(columns);
		foreignKeys = List.copyOf(foreignKeys);
		uniqueConstraints = List.copyOf(uniqueConstraints);
		indexes = List.copyOf(indexes);
		initStatements = List.copyOf(initStatements);
		checks = checks.stream().sorted(Comparator.comparing(CheckConstraint::name)).toList();
	}

	/** A table without check constraints. */
	public Table(TableName name, List<Column> columns, @Nullable PrimaryKey primaryKey, List<ForeignKey> foreignKeys,
			List<UniqueConstraint> uniqueConstraints, List<Index> indexes, List<String> initStatements) {
		this(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, initStatements, List.of());
	}

	/** The same table with these check constraints. */
	public Table withChecks(List<CheckConstraint> checks) {
		return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, initStatements, checks);
	}

	public Optional<Column> column(String columnName) {
		// Upper-cased too: a database that upper-cases unquoted names turns 'straße' into 'STRASSE'.
		return columns.stream()
			.filter((column) -> column.name().equalsIgnoreCase(columnName) || column.name()
				.toUpperCase(java.util.Locale.ROOT)
				.equals(columnName.toUpperCase(java.util.Locale.ROOT)))
			.findFirst();
	}

}
