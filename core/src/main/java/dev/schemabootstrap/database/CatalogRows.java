package dev.schemabootstrap.database;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the catalog queries return, one row per column of a table, key, foreign key or index, in the schema
 * spelling of the database. Indexes that back a primary key are not among {@link #indexes()}.
 */
record CatalogRows(List<ColumnRow> columns, List<KeyRow> primaryKeys, List<ForeignKeyRow> foreignKeys,
		List<IndexRow> indexes) {

	record ColumnRow(String schema, String table, String column, int position, String type, boolean nullable) {
	}

	record KeyRow(String schema, String table, String name, String column, int position) {
	}

	/** {@code referencedColumn} is {@code null} when the key names only the table (SQLite: its primary key). */
	record ForeignKeyRow(String schema, String table, String name, String column, int position,
			String referencedSchema, String referencedTable, @Nullable String referencedColumn,
			boolean deleteCascade) {
	}

	/** {@code column} is an expression's text for an expression index. */
	record IndexRow(String schema, String table, String name, boolean unique, String column, int position) {
	}

}
