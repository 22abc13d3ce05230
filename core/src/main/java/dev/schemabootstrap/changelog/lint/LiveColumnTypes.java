package dev.schemabootstrap.changelog.lint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.model.DatabaseKind;

/**
 * Column types read from a live PostgreSQL, MariaDB or MySQL catalog, one column at a time and only when a type change
 * asks: a changelog rarely changes more than a few types at once. Names are matched without regard to case, an exact
 * match first. A failed read leaves the type unknown and the connection's transaction as it was (rolled back on
 * PostgreSQL, where a failed statement would abort it), since it may be the one Liquibase migrates on next.
 */
public final class LiveColumnTypes implements ColumnTypes {

	private final Connection connection;

	private final DatabaseKind database;

	private final @Nullable String defaultSchema;

	/**
	 * @param defaultSchema the schema of a change that names none; {@code null} for the connection's own
	 */
	public LiveColumnTypes(Connection connection, DatabaseKind database, @Nullable String defaultSchema) {
		this.connection = connection;
		this.database = database;
		this.defaultSchema = defaultSchema;
	}

	@Override
	public @Nullable String type(@Nullable String schema, String table, String column) {
		String inSchema = schema != null ? schema : defaultSchema;
		String sql = database == DatabaseKind.POSTGRESQL ? postgresql(inSchema) : schemaCatalog(inSchema);
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int index = 1;
			if (inSchema != null) {
				statement.setString(index++, inSchema);
			}
			statement.setString(index++, table);
			statement.setString(index++, column);
			statement.setString(index++, table);
			statement.setString(index, column);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? rows.getString(1) : null;
			}
		}
		catch (SQLException ex) {
			rollBackQuietly();
			return null;
		}
	}

	private static String postgresql(@Nullable String schema) {
		return "SELECT format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a"
				+ " JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
				+ " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE "
				+ (schema == null ? "n.nspname = current_schema()" : "n.nspname = ?")
				+ " AND lower(c.relname) = lower(?) AND lower(a.attname) = lower(?) AND a.attnum > 0"
				+ " AND NOT a.attisdropped ORDER BY (c.relname = ? AND a.attname = ?) DESC LIMIT 1";
	}

	private static String schemaCatalog(@Nullable String schema) {
		return "SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE "
				+ (schema == null ? "TABLE_SCHEMA = DATABASE()" : "TABLE_SCHEMA = ?")
				+ " AND LOWER(TABLE_NAME) = LOWER(?) AND LOWER(COLUMN_NAME) = LOWER(?)"
				+ " ORDER BY (TABLE_NAME = ? AND COLUMN_NAME = ?) DESC LIMIT 1";
	}

	private void rollBackQuietly() {
		try {
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
		}
		catch (SQLException ex) {
			// The type stays unknown; Liquibase reports the connection's state itself if it is broken.
		}
	}

}
