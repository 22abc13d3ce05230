package dev.schemabootstrap.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.schemabootstrap.database.CatalogRows.ColumnRow;
import dev.schemabootstrap.database.CatalogRows.ForeignKeyRow;
import dev.schemabootstrap.database.CatalogRows.IndexRow;
import dev.schemabootstrap.database.CatalogRows.KeyRow;

/**
 * MariaDB and MySQL: three queries on {@code information_schema}, where a schema is a database. Types come from
 * {@code COLUMN_TYPE} ({@code varchar(255)}, {@code decimal(38,2)}, {@code enum('A','B')}); sequences, which
 * MariaDB lists as tables, are left out. (The driver's {@code DatabaseMetaData} requires a table name for keys
 * and indexes.)
 */
final class MariaDbCatalog extends CatalogQueries {

	private static final String COLUMNS = """
			SELECT c.TABLE_SCHEMA, c.TABLE_NAME, c.COLUMN_NAME, c.ORDINAL_POSITION, c.COLUMN_TYPE, c.IS_NULLABLE
			FROM information_schema.COLUMNS c
			JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
			WHERE t.TABLE_TYPE = 'BASE TABLE' AND LOWER(c.TABLE_SCHEMA) IN (%s)
			ORDER BY 1, 2, 4""";

	private static final String INDEXES = """
			SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SEQ_IN_INDEX
			FROM information_schema.STATISTICS
			WHERE LOWER(TABLE_SCHEMA) IN (%s)
			ORDER BY 1, 2, 3, 6""";

	private static final String FOREIGN_KEYS = """
			SELECT k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.ORDINAL_POSITION,
			  k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE
			FROM information_schema.KEY_COLUMN_USAGE k
			JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA
			  AND r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
			WHERE k.REFERENCED_TABLE_NAME IS NOT NULL AND LOWER(k.TABLE_SCHEMA) IN (%s)
			ORDER BY 1, 2, 3, 5""";

	@Override
	CatalogRows read(Connection connection, List<String> schemas) throws SQLException {
		List<ColumnRow> columns = query(connection, COLUMNS, schemas,
				(row) -> new ColumnRow(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
						row.getString(5), "YES".equals(row.getString(6))));
		List<IndexRow> all = query(connection, INDEXES, schemas,
				(row) -> new IndexRow(row.getString(1), row.getString(2), row.getString(3), row.getInt(4) == 0,
						row.getString(5), row.getInt(6)));
		List<KeyRow> primaryKeys = all.stream()
			.filter(MariaDbCatalog::isPrimary)
			.map((index) -> new KeyRow(index.schema(), index.table(), index.name(), index.column(), index.position()))
			.toList();
		List<IndexRow> indexes = all.stream().filter((index) -> !isPrimary(index)).toList();
		List<ForeignKeyRow> foreignKeys = query(connection, FOREIGN_KEYS, schemas,
				(row) -> new ForeignKeyRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						row.getInt(5), row.getString(6), row.getString(7), row.getString(8),
						"CASCADE".equals(row.getString(9))));
		return new CatalogRows(columns, primaryKeys, foreignKeys, indexes);
	}

	private static boolean isPrimary(IndexRow index) {
		return "PRIMARY".equals(index.name());
	}

}
