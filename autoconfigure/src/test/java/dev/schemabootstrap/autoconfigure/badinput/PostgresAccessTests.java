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
 * A real PostgreSQL server that refuses the application: a role that does not exist, a database that does not
 * exist, a role that may connect but not run DDL. Roles are the server's, so each is made here and dropped after.
 */
class PostgresAccessTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

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
			statement.execute("DROP OWNED BY " + READER);
			statement.execute("DROP ROLE " + READER);
		}
		catch (java.sql.SQLException ex) {
			// The role was not made: the test that makes it did not run.
		}
	}

	@Test
	void roleThatDoesNotExist() {
		String url = database.url().replaceFirst("user=[^&]*", "user=nobody_here");
		DatabaseSnapshot before = DatabaseSnapshot.of(database.url());
		FailureAnalysis analysis = BadInputApplication.of(NotesConfiguration.class, url, outputDir).failsToStart();
		assertThat(analysis.getDescription()).isEqualTo("The database at '" + url + "' refused the credentials of"
				+ " user 'nobody_here': FATAL: role \"nobody_here\" does not exist");
		assertThat(analysis.getAction()).isEqualTo("Check 'spring.datasource.username' and 'spring.datasource.password' (or the"
				+ " user and password in 'spring.datasource.url'): the user must exist and may connect from this host."
				+ " Nothing was changed in the database.");
		assertThat(DatabaseSnapshot.of(database.url())).isEqualTo(before);
	}

	@Test
	void databaseThatDoesNotExist() {
		String url = database.url().replace(database.name(), database.name() + "_missing");
		FailureAnalysis analysis = BadInputApplication.of(NotesConfiguration.class, url, outputDir).failsToStart();
		assertThat(analysis.getDescription()).isEqualTo("The database named in '" + url + "' does not exist on that"
				+ " server: FATAL: database \"" + database.name() + "_missing\" does not exist");
		assertThat(analysis.getAction()).isEqualTo("Create the database (for example CREATE DATABASE <name>), or"
				+ " correct its name in 'spring.datasource.url'. Schema Bootstrap creates schemas and tables, never the"
				+ " database itself. Nothing was changed in the database.");
	}

	@Test
	void roleWithoutDdlRights() throws Exception {
		try (Connection owner = DriverManager.getConnection(database.url());
				Statement statement = owner.createStatement()) {
			statement.execute("CREATE ROLE " + READER + " LOGIN");
			statement.execute("GRANT CONNECT ON DATABASE " + database.name() + " TO " + READER);
			statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
			statement.execute("GRANT USAGE ON SCHEMA public TO " + READER);
		}
		DatabaseSnapshot before = DatabaseSnapshot.of(database.url());
		String url = database.url().replaceFirst("user=[^&]*", "user=" + READER);
		FailureAnalysis analysis = BadInputApplication.of(NotesConfiguration.class, url, outputDir).failsToStart();
		assertThat(analysis.getDescription()).isEqualTo("Liquibase could not create its tables (DATABASECHANGELOG,"
				+ " DATABASECHANGELOGLOCK) in '" + url + "': the database user '" + READER + "' may not run DDL there:"
				+ " ERROR: permission denied for schema public Position: 14");
		assertThat(analysis.getAction()).isEqualTo("Grant the user the rights to create and change tables (PostgreSQL: GRANT CREATE ON"
				+ " SCHEMA <schema> TO <user>; MariaDB/MySQL: GRANT CREATE, ALTER, DROP, INDEX, REFERENCES ON"
				+ " <database>.* TO <user>), or let Liquibase connect as a user that has them with"
				+ " 'spring.liquibase.user' and 'spring.liquibase.password' while the application keeps its own."
				+ " Nothing was changed in the database.");
		assertThat(DatabaseSnapshot.of(database.url())).isEqualTo(before);
	}

}
