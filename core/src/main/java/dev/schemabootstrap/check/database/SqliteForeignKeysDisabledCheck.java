package dev.schemabootstrap.check.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.SchemaModel;

/**
 * Reports a SQLite connection that runs with {@code PRAGMA foreign_keys=OFF}, SQLite's default: every foreign
 * key of the schema is then ignored, and rows pointing at nothing are accepted silently.
 */
public final class SqliteForeignKeysDisabledCheck implements DatabaseCheck {

	@Override
	public String id() {
		return FindingId.SQLITE_FOREIGN_KEYS_DISABLED.id();
	}

	@Override
	public List<Finding> check(Connection connection, SchemaModel model) throws SQLException {
		if (DatabaseKind.of(model.dialect()) != DatabaseKind.SQLITE || foreignKeysOn(connection)) {
			return List.of();
		}
		return List.of(new Finding(FindingId.SQLITE_FOREIGN_KEYS_DISABLED, Severity.ERROR, "datasource",
				"SQLite connections run with PRAGMA foreign_keys=OFF: none of the " + foreignKeyCount(model)
						+ " foreign keys of the model is enforced",
				"Add 'foreign_keys=true' to the JDBC URL (jdbc:sqlite:app.db?foreign_keys=true), or run"
						+ " 'PRAGMA foreign_keys=ON' on every new connection (for example HikariCP's"
						+ " connection-init-sql)"));
	}

	private static boolean foreignKeysOn(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("PRAGMA foreign_keys")) {
			return result.next() && result.getInt(1) == 1;
		}
	}

	private static long foreignKeyCount(SchemaModel model) {
		return model.tables().stream().mapToLong((table) -> table.foreignKeys().size()).sum();
	}

}
