package dev.schemabootstrap.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A column of a table, named the way findings name it: {@code schema.table.column}, or {@code table.column} in
 * the default schema.
 */
public record ColumnRef(TableName table, String column) implements Comparable<ColumnRef> {

	public ColumnRef {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(column, "column");
	}

	/** Whether both name the same column; databases compare unquoted names without regard to case. */
	public boolean sameAs(ColumnRef other) {
		return table.equals(other.table) && column.equalsIgnoreCase(other.column);
	}

	/** A key that is equal for columns that are {@link #sameAs the same}. */
	public String key() {
		return table + "." + column.toLowerCase(Locale.ROOT);
	}

	@Override
	public int compareTo(ColumnRef other) {
		int byTable = table.compareTo(other.table);
		return byTable != 0 ? byTable : column.compareTo(other.column);
	}

	@Override
	public String toString() {
		return table + "." + column;
	}

}
