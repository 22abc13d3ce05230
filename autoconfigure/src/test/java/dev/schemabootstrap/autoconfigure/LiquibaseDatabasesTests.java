package dev.schemabootstrap.autoconfigure;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;

import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liquibase's history table is looked for in the application's own database: on MariaDB, where a schema is a
 * database, another database on the same server with a history of its own does not count.
 */
class LiquibaseDatabasesTests {

	@RegisterExtension
	static final TestDatabase ours = TestDatabase.mariadb();

	@RegisterExtension
	static final TestDatabase other = TestDatabase.mariadb();

	@Test
	void findsOnlyTheHistoryTableOfItsOwnDatabase() throws Exception {
		LiquibaseProperties properties = new LiquibaseProperties();
		try (Connection connection = other.connect(); Statement statement = connection.createStatement()) {
			statement.execute("create table DATABASECHANGELOG (ID varchar(255))");
		}
		try (Connection connection = ours.connect()) {
			assertThat(LiquibaseDatabases.hasHistoryTable(connection, properties)).isFalse();
			try (Statement statement = connection.createStatement()) {
				statement.execute("create table DATABASECHANGELOG (ID varchar(255))");
			}
			assertThat(LiquibaseDatabases.hasHistoryTable(connection, properties)).isTrue();
		}
	}

}
