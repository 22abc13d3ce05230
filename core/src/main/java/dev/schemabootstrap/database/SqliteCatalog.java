package dev.schemabootstrap.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.schemabootstrap.database.CatalogRows.ColumnRow;
import dev.schemabootstrap.database.CatalogRows.ForeignKeyRow;
import dev.schemabootstrap.database.CatalogRows.IndexRow;
import dev.schemabootstrap.database.CatalogRows.KeyRow;

/**
 * SQLite: three queries joining {@code sqlite_schema} with the pragma table-valued functions (SQLite 3.16+), for
 * the main database only (SQLite's other schemas are attached files). A column's type is its declared type.
 * SQLite keeps no names for foreign keys, so they are named after their table and number; primary key columns
 * count as NOT NULL, which SQLite itself enforces only for {@code INTEGER PRIMARY KEY}.
 */
final class SqliteCatalog extends CatalogQueries {

	private static final String MAIN = "main";

	private static final String TABLES = "m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

	private static final String COLUMNS = """
			SELECT m.name, p.name, p.cid, p.type, p."notnull", p.pk
			FROM sqlite_master m JOIN pragma_table_info(m.name) p
			WHERE %s
			ORDER BY 1, 3""".formatted(TABLES);

	private static final String INDEXES = """
			SELECT m.name, il.name, il."unique", il.origin, ii.name, ii.seqno
			FROM sqlite_master m JOIN pragma_index_list(m.name) il JOIN pragma_index_info(il.name) ii
			WHERE %s
			ORDER BY 1, 2, 6""".formatted(TABLES);

	private static final String FOREIGN_KEYS = """
			SELECT m.name, f.id, f."from", f.seq, f."table", f."to", f.on_delete
			FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
			WHERE %s
			ORDER BY 1, 2, 4""".formatted(TABLES);

	@Override
	CatalogRows read(Connection connection, List<String> schemas) throws SQLException {
		record Described(ColumnRow column, int keyPosition) {
		}
		List<Described> described = query(connection, COLUMNS, List.of(),
				(row) -> new Described(new ColumnRow(MAIN, row.getString(1), row.getString(2), row.getInt(3) + 1,
						row.getString(4), row.getInt(5) == 0 && row.getInt(6) == 0), row.getInt(6)));
		List<ColumnRow> columns = described.stream().map(Described::column).toList();
		List<KeyRow> primaryKeys = described.stream()
			.filter((row) -> row.keyPosition() > 0)
			.map((row) -> new KeyRow(MAIN, row.column().table(), "pk_" + row.column().table(), row.column().column(),
					row.keyPosition()))
			.toList();
		List<IndexRow> indexes = query(connection, INDEXES, List.of(),
				(row) -> "pk".equals(row.getString(4)) ? null
						: new IndexRow(MAIN, row.getString(1), row.getString(2), row.getInt(3) == 1,
								row.getString(5), row.getInt(6) + 1));
		List<ForeignKeyRow> foreignKeys = query(connection, FOREIGN_KEYS, List.of(),
				(row) -> new ForeignKeyRow(MAIN, row.getString(1), "fk_" + row.getString(1) + "_" + row.getInt(2),
						row.getString(3), row.getInt(4) + 1, MAIN, row.getString(5), row.getString(6),
						"CASCADE".equalsIgnoreCase(row.getString(7))));
		return new CatalogRows(columns, primaryKeys, foreignKeys,
				indexes.stream().filter(java.util.Objects::nonNull).toList());
	}

}
