package dev.schemabootstrap.model;

import org.jspecify.annotations.Nullable;

/**
 * A column with the SQL type the target dialect gives it.
 *
 * @param identity whether the database generates its value (an identity or auto-increment column)
 * @param defaultValue a SQL expression for the column's default, or {@code null}
 */
public record Column(String name, String sqlType, boolean nullable, boolean identity, @Nullable String defaultValue) {

	public Column(String name, String sqlType, boolean nullable) {
		this(name, sqlType, nullable, false, null);
	}

}
