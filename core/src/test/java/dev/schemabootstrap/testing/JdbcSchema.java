package dev.schemabootstrap.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a live database holds, read through {@link DatabaseMetaData}, as plain strings that are easy to assert
 * on. Names are passed and returned as the database stores them (upper case on H2).
 */
public final class JdbcSchema {

	private final DatabaseMetaData metaData;

	public JdbcSchema(Connection connection) throws SQLException {
		this.metaData = connection.getMetaData();
	}

	public Set<String> tables(String schema) throws SQLException {
		Set<String> tables = new TreeSet<>();
		try (ResultSet rows = metaData.getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				tables.add(rows.getString("TABLE_NAME"));
			}
		}
		return tables;
	}

	/** Column name to {@code TYPE_NAME}, plus {@code " NOT NULL"} for a column that refuses nulls. */
	public Map<String, String> columns(String schema, String table) throws SQLException {
		Map<String, String> columns = new LinkedHashMap<>();
		try (ResultSet rows = metaData.getColumns(null, schema, table, "%")) {
			while (rows.next()) {
				String notNull = rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " NOT NULL" : "";
				columns.put(rows.getString("COLUMN_NAME"), rows.getString("TYPE_NAME") + notNull);
			}
		}
		return columns;
	}

	/** The table's primary key as {@code NAME(COLUMN, ...)}. */
	public String primaryKey(String schema, String table) throws SQLException {
		String name = null;
		List<String> columns = new ArrayList<>();
		try (ResultSet rows = metaData.getPrimaryKeys(null, schema, table)) {
			while (rows.next()) {
				name = rows.getString("PK_NAME");
				columns.add(rows.getString("COLUMN_NAME"));
			}
		}
		return name + columns.toString().replace('[', '(').replace(']', ')');
	}

	/** Foreign keys as {@code NAME: COLUMN, ... -> SCHEMA.TABLE(COLUMN, ...)}. */
	public Set<String> foreignKeys(String schema, String table) throws SQLException {
		Map<String, List<String[]>> keys = new LinkedHashMap<>();
		try (ResultSet rows = metaData.getImportedKeys(null, schema, table)) {
			while (rows.next()) {
				keys.computeIfAbsent(rows.getString("FK_NAME"), (name) -> new ArrayList<>())
					.add(new String[] { rows.getString("FKCOLUMN_NAME"), rows.getString("PKTABLE_SCHEM"),
							rows.getString("PKTABLE_NAME"), rows.getString("PKCOLUMN_NAME"),
							rows.getString("KEY_SEQ") });
			}
		}
		Set<String> described = new TreeSet<>();
		keys.forEach((name, parts) -> {
			parts.sort(Comparator.comparing((String[] part) -> Integer.valueOf(part[4])));
			String from = String.join(", ", parts.stream().map((part) -> part[0]).toList());
			String to = String.join(", ", parts.stream().map((part) -> part[3]).toList());
			described.add(name + ": " + from + " -> " + parts.get(0)[1] + "." + parts.get(0)[2] + "(" + to + ")");
		});
		return described;
	}

	/** Indexes as {@code NAME(COLUMN, ...)}, with {@code UNIQUE } in front of unique ones. */
	public Set<String> indexes(String schema, String table) throws SQLException {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		Map<String, Boolean> unique = new LinkedHashMap<>();
		try (ResultSet rows = metaData.getIndexInfo(null, schema, table, false, false)) {
			while (rows.next()) {
				String name = rows.getString("INDEX_NAME");
				columns.computeIfAbsent(name, (key) -> new ArrayList<>()).add(rows.getString("COLUMN_NAME"));
				unique.put(name, !rows.getBoolean("NON_UNIQUE"));
			}
		}
		Set<String> described = new TreeSet<>();
		columns.forEach((name, indexColumns) -> described.add((unique.get(name) ? "UNIQUE " : "") + name + "("
				+ String.join(", ", indexColumns) + ")"));
		return described;
	}

}
