package dev.schemabootstrap.changelog.lint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.schemabootstrap.database.ColumnType;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule of {@code table-rewriting-type-change} against what the servers do: PostgreSQL gives a rewritten table a
 * new file ({@code pg_relation_filenode}); MariaDB refuses {@code ALGORITHM=INPLACE, LOCK=NONE} for a change that
 * copies the table (into a utf8mb4 table: four bytes a character).
 */
class TableRewriteOnServersTests {

	@RegisterExtension
	static final TestDatabase postgres = TestDatabase.postgres();

	@ParameterizedTest(name = "{0} to {1}")
	@CsvSource(delimiter = '|', value = { "integer | bigint", "smallint | integer", "varchar(50) | varchar(100)",
			"varchar(50) | varchar", "varchar(50) | text", "text | varchar", "text | varchar(10)",
			"varchar(100) | varchar(50)", "numeric(10,2) | numeric(12,2)", "numeric(10,2) | numeric(12,4)",
			"numeric(10,2) | numeric", "char(5) | varchar(10)", "integer | varchar(20)", "timestamp | date" })
	void postgresqlRewritesExactlyWhenTheRuleSaysSo(String from, String to) throws SQLException {
		try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS rewritten");
			statement.execute("CREATE TABLE rewritten (id int PRIMARY KEY, c " + from + ")");
			statement.execute("INSERT INTO rewritten VALUES (1, NULL)");
			long before = fileNode(statement);
			statement.execute("ALTER TABLE rewritten ALTER COLUMN c TYPE " + to + " USING c::" + to);
			boolean rewritten = fileNode(statement) != before;

			boolean said = TableRewritingTypeChangeRule.rewritesOnPostgresql(
					ColumnType.parse(from, DatabaseKind.POSTGRESQL), ColumnType.parse(to, DatabaseKind.POSTGRESQL));

			assertThat(said).as(from + " to " + to).isEqualTo(rewritten);
		}
	}

	@RegisterExtension
	static final TestDatabase mariadb = TestDatabase.mariadb();

	@ParameterizedTest(name = "{0} to {1}")
	@CsvSource(delimiter = '|', value = { "int | bigint", "varchar(50) | varchar(60)", "varchar(50) | varchar(63)",
			"varchar(50) | varchar(64)", "varchar(50) | varchar(100)", "varchar(300) | varchar(500)",
			"varchar(100) | varchar(50)", "varchar(50) | text", "decimal(10,2) | decimal(12,2)" })
	void mariadbCopiesTheTableExactlyWhenTheRuleSaysSo(String from, String to) throws SQLException {
		try (Connection connection = mariadb.connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS copied");
			statement.execute("CREATE TABLE copied (id int PRIMARY KEY, c " + from
					+ ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
			statement.execute("INSERT INTO copied VALUES (1, NULL)");
			boolean copied;
			try {
				statement.execute("ALTER TABLE copied MODIFY c " + to + ", ALGORITHM=INPLACE, LOCK=NONE");
				copied = false;
			}
			catch (SQLException ex) {
				copied = true;
			}

			boolean said = TableRewritingTypeChangeRule.copiesOnMariadb(ColumnType.parse(from, DatabaseKind.MARIADB),
					ColumnType.parse(to, DatabaseKind.MARIADB));

			assertThat(said).as(from + " to " + to).isEqualTo(copied);
		}
	}

	private static long fileNode(Statement statement) throws SQLException {
		try (ResultSet rows = statement.executeQuery("SELECT pg_relation_filenode('rewritten')")) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
