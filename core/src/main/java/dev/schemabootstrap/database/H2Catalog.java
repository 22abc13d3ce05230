package dev.schemabootstrap.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.schemabootstrap.database.CatalogRows.ColumnRow;
import dev.schemabootstrap.database.CatalogRows.ForeignKeyRow;
import dev.schemabootstrap.database.CatalogRows.IndexRow;
import dev.schemabootstrap.database.CatalogRows.KeyRow;

/**
 * H2 2.x: three queries on {@code INFORMATION_SCHEMA}. (H2's {@code DatabaseMetaData} refuses a {@code null}
 * table name for keys and indexes, which would mean a round trip per table.) Constraint names are unique per
 * schema in H2, so the standard join of referential constraints by name is safe.
 */
final class H2Catalog extends CatalogQueries {

	private static final String COLUMNS = """
			SELECT c.TABLE_SCHEMA, c.TABLE_NAME, c.COLUMN_NAME, c.ORDINAL_POSITION, c.DATA_TYPE,
			  c.CHARACTER_MAXIMUM_LENGTH, c.NUMERIC_PRECISION, c.NUMERIC_SCALE, c.IS_NULLABLE
			FROM INFORMATION_SCHEMA.COLUMNS c
			JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
			WHERE t.TABLE_TYPE = 'BASE TABLE' AND LOWER(c.TABLE_SCHEMA) IN (%s)
			ORDER BY 1, 2, 4""";

	private static final String INDEXES = """
			SELECT i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, ic.COLUMN_NAME,
			  ic.ORDINAL_POSITION, tc.CONSTRAINT_NAME
			FROM INFORMATION_SCHEMA.INDEXES i
			JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic ON ic.INDEX_SCHEMA = i.INDEX_SCHEMA
			  AND ic.INDEX_NAME = i.INDEX_NAME AND ic.TABLE_NAME = i.TABLE_NAME
			LEFT JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc ON tc.INDEX_SCHEMA = i.INDEX_SCHEMA
			  AND tc.INDEX_NAME = i.INDEX_NAME AND tc.CONSTRAINT_TYPE = 'PRIMARY KEY'
			WHERE LOWER(i.TABLE_SCHEMA) IN (%s)
			ORDER BY 1, 2, 3, 6""";

	private static final String FOREIGN_KEYS = """
			SELECT k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.ORDINAL_POSITION,
			  u.TABLE_SCHEMA, u.TABLE_NAME, u.COLUMN_NAME, r.DELETE_RULE
			FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r
			JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA
			  AND k.CONSTRAINT_NAME = r.CONSTRAINT_NAME
			JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE u ON u.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA
			  AND u.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME AND u.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
			WHERE LOWER(k.TABLE_SCHEMA) IN (%s)
			ORDER BY 1, 2, 3, 5""";

	@Override
	CatalogRows read(Connection connection, List<String> schemas) throws SQLException {
		List<ColumnRow> columns = query(connection, COLUMNS, schemas,
				(row) -> new ColumnRow(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
						typeText(row.getString(5), (Number) row.getObject(6), (Number) row.getObject(7),
								(Number) row.getObject(8)),
						"YES".equals(row.getString(9))));
		record Indexed(IndexRow index, boolean primary, String constraint) {
		}
		List<Indexed> indexed = query(connection, INDEXES, schemas, (row) -> new Indexed(
				new IndexRow(row.getString(1), row.getString(2), row.getString(3),
						!"INDEX".equals(row.getString(4)), row.getString(5), row.getInt(6)),
				"PRIMARY KEY".equals(row.getString(4)), row.getString(7)));
		List<KeyRow> primaryKeys = indexed.stream()
			.filter(Indexed::primary)
			.map((row) -> new KeyRow(row.index().schema(), row.index().table(),
					row.constraint() != null ? row.constraint() : row.index().name(), row.index().column(),
					row.index().position()))
			.toList();
		List<IndexRow> indexes = indexed.stream().filter((row) -> !row.primary()).map(Indexed::index).toList();
		List<ForeignKeyRow> foreignKeys = query(connection, FOREIGN_KEYS, schemas,
				(row) -> new ForeignKeyRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						row.getInt(5), row.getString(6), row.getString(7), row.getString(8),
						"CASCADE".equals(row.getString(9))));
		return new CatalogRows(columns, primaryKeys, foreignKeys, indexes);
	}

}
