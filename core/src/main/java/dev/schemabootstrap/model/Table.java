package dev.schemabootstrap.model;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A table of the model.
 *
 * @param initStatements SQL that must run once right after the table is created (for example the first row
 * of a table-backed id generator)
 */
public record Table(TableName name, List<Column> columns, @Nullable PrimaryKey primaryKey,
		List<ForeignKey> foreignKeys, List<UniqueConstraint> uniqueConstraints, List<Index> indexes,
		List<String> initStatements) {

	public Table {
		columns = List.copyOf(columns);
		foreignKeys = List.copyOf(foreignKeys);
		uniqueConstraints = List.copyOf(uniqueConstraints);
		indexes = List.copyOf(indexes);
		initStatements = List.copyOf(initStatements);
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
