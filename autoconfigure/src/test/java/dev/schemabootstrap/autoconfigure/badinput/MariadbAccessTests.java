package dev.schemabootstrap.autoconfigure.badinput;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.schemabootstrap.autoconfigure.badinput.notes.NotesConfiguration;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real MariaDB server that refuses the application: a wrong password, a database that does not exist, a user
 * that may only SELECT. Users are the server's, so each is made here and dropped after.
 */
class MariadbAccessTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	private static final String READER = "sb_reader_" + UUID.randomUUID().toString().substring(0, 8);

	@TempDir
	Path outputDir;

	@AfterAll
	static void dropTheRole() throws Exception {
		if (database.url() == null) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(database.url());
				Statement statement = connection.createStatement()) {
			statement.execute("DROP USER IF EXISTS '" + READER + "'@'%'");
		}
		catch (java.sql.SQLException ex) {
			// The role was not made: the test that makes it did not run.
		}
	}

	@Test
	void wrongPassword() {
		String url = database.url() + "&password=wrong";
		DatabaseSnapshot before = DatabaseSnapshot.of(database.url());
		FailureAnalysis analysis = BadInputApplication.of(NotesConfiguration.class, url, outputDir).failsToStart();
		assertThat(StartupFailure.withoutConnectionIds(analysis.getDescription())).isEqualTo("The database at '"
				+ url.replace("password=wrong", "password=******") + "' refused the credentials of user 'root':"
				+ " (conn=<id>) Access denied for user 'root'@'127.0.0.1' (using password: YES)");
		assertThat(analysis.getAction()).isEqualTo("Check 'spring.datasource.username' and 'spring.datasource.password' (or the"
				+ " user and password in 'spring.datasource.url'): the user must exist and may connect from this host."
				+ " Nothing was changed in the database.");
		assertThat(DatabaseSnapshot.of(database.url())).isEqualTo(before);
	}

	@Test
	void databaseThatDoesNotExist() {
		String url = database.url().replace(database.name(), database.name() + "_missing");
		FailureAnalysis analysis = BadInputApplication.of(NotesConfiguration.class, url, outputDir).failsToStart();
		assertThat(StartupFailure.withoutConnectionIds(analysis.getDescription())).isEqualTo("The database named in '"
				+ url + "' does not exist on that server: (conn=<id>) Unknown database '" + database.name()
				+ "_missing'");
		assertThat(analysis.getAction()).isEqualTo("Create the database (for example CREATE DATABASE <name>), or"
				+ " correct its name in 'spring.datasource.url'. Schema Bootstrap creates schemas and tables, never the"
				+ " database itself. Nothing was changed in the database.");
	}

	@Test
	void userWithOnlySelect() throws Exception {
		try (Connection owner = DriverManager.getConnection(database.url());
				Statement statement = owner.createStatement()) {
			statement.execute("CREATE USER '" + READER + "'@'%' IDENTIFIED BY 'reader-password'");
			statement.execute("GRANT SELECT ON " + database.name() + ".* TO '" + READER + "'@'%'");
		}
		DatabaseSnapshot before = DatabaseSnapshot.of(database.url());
		String url = database.url().replaceFirst("user=[^&]*", "user=" + READER + "&password=reader-password");
		FailureAnalysis analysis = BadInputApplication.of(NotesConfiguration.class, url, outputDir).failsToStart();
		assertThat(StartupFailure.withoutConnectionIds(analysis.getDescription())).isEqualTo("Liquibase could not"
				+ " create its tables (DATABASECHANGELOG, DATABASECHANGELOGLOCK) in '"
				+ url.replace("password=reader-password", "password=******") + "': the database user '" + READER
				+ "' may not run DDL there: (conn=<id>) CREATE command denied to user '" + READER
				+ "'@'127.0.0.1' for table `" + database.name() + "`.`DATABASECHANGELOGLOCK`");
		assertThat(analysis.getAction()).isEqualTo("Grant the user the rights to create and change tables (PostgreSQL: GRANT CREATE ON"
				+ " SCHEMA <schema> TO <user>; MariaDB/MySQL: GRANT CREATE, ALTER, DROP, INDEX, REFERENCES ON"
				+ " <database>.* TO <user>), or let Liquibase connect as a user that has them with"
				+ " 'spring.liquibase.user' and 'spring.liquibase.password' while the application keeps its own."
				+ " Nothing was changed in the database.");
		assertThat(DatabaseSnapshot.of(database.url())).isEqualTo(before);
	}

}
