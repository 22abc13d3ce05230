package dev.schemabootstrap.autoconfigure.badinput;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything a bad input could have changed in a database: each table of the user's schemas with its columns
 * (name, type, nullability) and all of its rows, Liquibase's own tables included. Two snapshots are equal when
 * nothing was created, altered, dropped, inserted, updated or deleted.
 *
 * @param tables {@code schema.table} to its columns and its sorted rows
 */
record DatabaseSnapshot(Map<String, List<String>> tables) {

	/** Schemas that belong to the database itself, not to the application. */
	private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "pg_catalog", "pg_toast",
			"performance_schema", "mysql", "sys");

	static DatabaseSnapshot of(String url) {
		// Spring Boot's embedded H2 is created by user 'sa'.
		try (Connection connection = url.startsWith("jdbc:h2:") ? DriverManager.getConnection(url, "sa", "")
				: DriverManager.getConnection(url)) {
			return of(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not snapshot " + url, ex);
		}
	}

	static DatabaseSnapshot of(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		// MariaDB lists databases as catalogs: stay in the test's own.
		String catalog = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("maria")
				? connection.getCatalog() : null;
		List<String[]> names = new ArrayList<>();
		try (ResultSet rows = metaData.getTables(catalog, null, "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				String schema = rows.getString("TABLE_SCHEM");
				if (schema == null || !SYSTEM_SCHEMAS.contains(schema.toLowerCase(Locale.ROOT))) {
					names.add(new String[] { rows.getString("TABLE_CAT"), schema, rows.getString("TABLE_NAME") });
				}
			}
		}
		String quote = metaData.getIdentifierQuoteString().trim();
		Map<String, List<String>> tables = new TreeMap<>();
		for (String[] name : names) {
			String qualifier = name[1] != null ? name[1] : name[0];
			List<String> content = new ArrayList<>(columns(metaData, name));
			String table = (qualifier != null ? quote + qualifier + quote + "." : "") + quote + name[2] + quote;
			content.addAll(rows(connection, table));
			tables.put((qualifier != null ? qualifier + "." : "") + name[2], List.copyOf(content));
		}
		return new DatabaseSnapshot(tables);
	}

	private static List<String> columns(DatabaseMetaData metaData, String[] name) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (ResultSet rows = metaData.getColumns(name[0], name[1], name[2], "%")) {
			while (rows.next()) {
				columns.add("column " + rows.getString("COLUMN_NAME") + " " + rows.getString("TYPE_NAME")
						+ (rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " NOT NULL" : ""));
			}
		}
		return columns;
	}

	private static List<String> rows(Connection connection, String table) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select * from " + table)) {
			ResultSetMetaData columns = result.getMetaData();
			while (result.next()) {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= columns.getColumnCount(); i++) {
					values.add(columns.getColumnLabel(i) + "=" + result.getString(i));
				}
				rows.add("row " + String.join(", ", values));
			}
		}
		rows.sort(null);
		return rows;
	}

	/** The tables, by name, of this snapshot that the other has not. */
	Set<String> tablesNotIn(DatabaseSnapshot other) {
		Set<String> names = new java.util.TreeSet<>(tables.keySet());
		names.removeAll(other.tables.keySet());
		return names;
	}

}
