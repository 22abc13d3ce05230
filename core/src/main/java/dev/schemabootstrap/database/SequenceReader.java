package dev.schemabootstrap.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.schemabootstrap.model.DatabaseKind;

/**
 * The sequences of the schemas read, by schema and name: one query per database. MySQL and SQLite have none
 * (Hibernate emulates them with tables there).
 */
final class SequenceReader {

	private SequenceReader() {
	}

	/** Schema and name pairs; the schemas are compared in lower case, like the other catalog queries. */
	static List<String[]> read(Connection connection, DatabaseKind kind, List<String> schemas) throws SQLException {
		String sql = switch (kind) {
			case H2, POSTGRESQL -> "select sequence_schema, sequence_name from information_schema.sequences";
			case MARIADB -> "select table_schema, table_name from information_schema.tables"
					+ " where table_type = 'SEQUENCE'";
			default -> null;
		};
		List<String[]> sequences = new ArrayList<>();
		if (sql == null) {
			return sequences;
		}
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				String schema = rows.getString(1);
				if (schemas.contains(schema.toLowerCase(Locale.ROOT))) {
					sequences.add(new String[] { schema, rows.getString(2) });
				}
			}
		}
		return sequences;
	}

}
