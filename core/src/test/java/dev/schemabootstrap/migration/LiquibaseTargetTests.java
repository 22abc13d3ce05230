package dev.schemabootstrap.migration;

import java.sql.Connection;
import java.sql.Statement;

import liquibase.resource.ClassLoaderResourceAccessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mariadb.jdbc.MariaDbDataSource;

import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liquibase's history table is looked for in the application's own database: on MariaDB, where a schema is a
 * database, another database on the same server with a history of its own does not count.
 */
class LiquibaseTargetTests {

	@RegisterExtension
	static final TestDatabase ours = TestDatabase.mariadb();

	@RegisterExtension
	static final TestDatabase other = TestDatabase.mariadb();

	@Test
	void findsOnlyTheHistoryTableOfItsOwnDatabase() throws Exception {
		LiquibaseTarget target = new LiquibaseTarget(new MariaDbDataSource(ours.url()), LiquibaseSettings.DEFAULTS,
				new ClassLoaderResourceAccessor());
		try (Connection connection = other.connect(); Statement statement = connection.createStatement()) {
			statement.execute("create table DATABASECHANGELOG (ID varchar(255))");
		}
		try (Connection connection = ours.connect()) {
			assertThat(target.hasHistoryTable(connection)).isFalse();
			try (Statement statement = connection.createStatement()) {
				statement.execute("create table DATABASECHANGELOG (ID varchar(255))");
			}
			assertThat(target.hasHistoryTable(connection)).isTrue();
		}
	}

}
