package dev.schemabootstrap.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.schemabootstrap.database.CatalogRows.ColumnRow;
import dev.schemabootstrap.database.CatalogRows.ForeignKeyRow;
import dev.schemabootstrap.database.CatalogRows.IndexRow;
import dev.schemabootstrap.database.CatalogRows.KeyRow;

/**
 * MariaDB and MySQL: five flat queries on {@code information_schema}, where a schema is a database: the exact
 * database names first, then tables, columns, indexes and foreign keys of those databases. Types come from
 * {@code COLUMN_TYPE} ({@code varchar(255)}, {@code decimal(38,2)}, {@code enum('A','B')}); sequences, which
 * MariaDB lists as tables, are left out. (The driver's {@code DatabaseMetaData} requires a table name for keys
 * and indexes.)
 */
final class MariaDbCatalog extends CatalogQueries {

	private static final String SCHEMAS = """
			SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE LOWER(SCHEMA_NAME) IN (%s)""";

	private static final String TABLES = """
			SELECT TABLE_SCHEMA, TABLE_NAME FROM information_schema.TABLES
			WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA IN (%s)""";

	private static final String COLUMNS = """
			SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE
			FROM information_schema.COLUMNS
			WHERE TABLE_SCHEMA IN (%s)""";

	private static final String INDEXES = """
			SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SEQ_IN_INDEX
			FROM information_schema.STATISTICS
			WHERE TABLE_SCHEMA IN (%s)""";

	private static final String FOREIGN_KEYS = """
			SELECT k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.ORDINAL_POSITION,
			  k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE
			FROM information_schema.KEY_COLUMN_USAGE k
			JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA
			  AND r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
			WHERE k.REFERENCED_TABLE_NAME IS NOT NULL AND k.TABLE_SCHEMA IN (%s)""";

	@Override
	CatalogRows read(Connection connection, List<String> schemas) throws SQLException {
		// information_schema reads only the named databases when it is given their exact names, not LOWER(...).
		List<String> names = query(connection, SCHEMAS, schemas, (row) -> row.getString(1));
		if (names.isEmpty()) {
			return new CatalogRows(List.of(), List.of(), List.of(), List.of());
		}
		Set<String> tables = new HashSet<>(
				query(connection, TABLES, names, (row) -> row.getString(1) + "." + row.getString(2)));
		List<ColumnRow> columns = query(connection, COLUMNS, names,
				(row) -> new ColumnRow(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
						row.getString(5), "YES".equals(row.getString(6))))
			.stream()
			.filter((column) -> tables.contains(column.schema() + "." + column.table()))
			.toList();
		List<IndexRow> all = query(connection, INDEXES, names,
				(row) -> new IndexRow(row.getString(1), row.getString(2), row.getString(3), row.getInt(4) == 0,
						row.getString(5), row.getInt(6)));
		List<KeyRow> primaryKeys = all.stream()
			.filter(MariaDbCatalog::isPrimary)
			.map((index) -> new KeyRow(index.schema(), index.table(), index.name(), index.column(), index.position()))
			.toList();
		List<IndexRow> indexes = all.stream().filter((index) -> !isPrimary(index)).toList();
		List<ForeignKeyRow> foreignKeys = query(connection, FOREIGN_KEYS, names,
				(row) -> new ForeignKeyRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						row.getInt(5), row.getString(6), row.getString(7), row.getString(8),
						"CASCADE".equals(row.getString(9))));
		return new CatalogRows(columns, primaryKeys, foreignKeys, indexes);
	}

	private static boolean isPrimary(IndexRow index) {
		return "PRIMARY".equals(index.name());
	}

}
