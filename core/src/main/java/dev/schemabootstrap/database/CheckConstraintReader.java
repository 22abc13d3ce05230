package dev.schemabootstrap.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.schemabootstrap.model.DatabaseKind;

/**
 * The check constraints of the schemas read, one query per database, each condition as the database keeps it:
 * PostgreSQL's {@code pg_constraint} ({@code contype = 'c'}, rendered by {@code pg_get_constraintdef}), H2's and
 * MySQL's {@code INFORMATION_SCHEMA.CHECK_CONSTRAINTS} joined with {@code TABLE_CONSTRAINTS}, MariaDB's
 * {@code CHECK_CONSTRAINTS}, which names the table itself (MariaDB's check names are unique per table only), less
 * the {@code json_valid} checks MariaDB adds to {@code json} columns by itself. SQLite keeps no catalog of checks:
 * they are read from each table's {@code CREATE TABLE} text ({@link #checksOf(String)}).
 */
final class CheckConstraintReader {

	private static final String POSTGRES = """
			SELECT n.nspname, c.relname, con.conname, pg_get_constraintdef(con.oid)
			FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE con.contype = 'c' AND lower(n.nspname) IN (%s)""";

	private static final String INFORMATION_SCHEMA = """
			SELECT tc.table_schema, tc.table_name, tc.constraint_name, cc.check_clause
			FROM information_schema.table_constraints tc JOIN information_schema.check_constraints cc
			ON cc.constraint_schema = tc.constraint_schema AND cc.constraint_name = tc.constraint_name
			WHERE tc.constraint_type = 'CHECK' AND lower(tc.table_schema) IN (%s)""";

	private static final String MARIADB = """
			SELECT constraint_schema, table_name, constraint_name, check_clause
			FROM information_schema.check_constraints
			WHERE lower(constraint_schema) IN (%s) AND check_clause NOT LIKE 'json_valid(%'""";

	private static final String SQLITE = """
			SELECT name, sql FROM sqlite_master
			WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql LIKE '%CHECK%'""";

	/** A live check: the name is empty where the database keeps none (an unnamed check on SQLite). */
	record CheckRow(String schema, String table, String name, String condition) {
	}

	private CheckConstraintReader() {
	}

	static List<CheckRow> read(Connection connection, DatabaseKind kind, List<String> schemas) throws SQLException {
		return switch (kind) {
			case POSTGRESQL -> CatalogQueries.query(connection, POSTGRES, schemas, CheckConstraintReader::row);
			case H2, MYSQL -> CatalogQueries.query(connection, INFORMATION_SCHEMA, schemas, CheckConstraintReader::row);
			case MARIADB -> CatalogQueries.query(connection, MARIADB, schemas, CheckConstraintReader::row);
			case SQLITE -> sqlite(connection);
			case OTHER -> List.of();
		};
	}

	private static CheckRow row(ResultSet row) throws SQLException {
		return new CheckRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4));
	}

	private static List<CheckRow> sqlite(Connection connection) throws SQLException {
		List<CheckRow> checks = new ArrayList<>();
		for (String[] table : CatalogQueries.query(connection, SQLITE, List.of(),
				(row) -> new String[] { row.getString(1), row.getString(2) })) {
			for (String[] check : checksOf(table[1])) {
				checks.add(new CheckRow("main", table[0], check[0], check[1]));
			}
		}
		return checks;
	}

	/**
	 * The checks of a {@code CREATE TABLE} text, as name and condition pairs (the name empty for an unnamed check):
	 * each {@code CHECK} keyword outside quotes, with the balanced parentheses that follow it and the
	 * {@code CONSTRAINT name} that may precede it.
	 */
	static List<String[]> checksOf(String createTable) {
		List<String[]> checks = new ArrayList<>();
		List<String> tokens = SqlTokens.of(createTable);
		for (int i = 0; i < tokens.size(); i++) {
			if (!tokens.get(i).equalsIgnoreCase("check") || i + 1 >= tokens.size() || !tokens.get(i + 1).equals("(")) {
				continue;
			}
			String name = i >= 2 && tokens.get(i - 2).equalsIgnoreCase("constraint") ? unquoted(tokens.get(i - 1)) : "";
			int depth = 0;
			StringBuilder condition = new StringBuilder();
			int j = i + 1;
			for (; j < tokens.size(); j++) {
				String token = tokens.get(j);
				depth += token.equals("(") ? 1 : token.equals(")") ? -1 : 0;
				if (depth == 0) {
					break;
				}
				if (j > i + 1) {
					condition.append(condition.isEmpty() ? "" : " ").append(token);
				}
			}
			checks.add(new String[] { name, condition.toString() });
			i = j;
		}
		return checks;
	}

	private static String unquoted(String name) {
		char first = name.charAt(0);
		return first == '"' || first == '`' || first == '[' ? name.substring(1, name.length() - 1) : name;
	}

	/** The tokens of a SQL text: quoted strings and names whole, words, numbers, and each other character. */
	private static final class SqlTokens {

		private static final Pattern TOKEN = Pattern.compile(
				"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*\\]|[A-Za-z0-9_$.]+|<=|>=|<>|!=|\\S");

		static List<String> of(String sql) {
			List<String> tokens = new ArrayList<>();
			Matcher matcher = TOKEN.matcher(sql);
			while (matcher.find()) {
				tokens.add(matcher.group());
			}
			return tokens;
		}

	}

}
