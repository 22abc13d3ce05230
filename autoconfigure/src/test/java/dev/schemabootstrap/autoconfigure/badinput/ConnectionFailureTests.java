package dev.schemabootstrap.autoconfigure.badinput;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.schemabootstrap.autoconfigure.badinput.notes.NotesConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that cannot be used at startup, with no server needed: nothing listens on the port, the file's
 * directory does not exist, the password is wrong. Startup stops with the URL (never a password) and what to
 * check, and nothing is created anywhere.
 */
class ConnectionFailureTests {

	static final String UNREACHABLE_ACTION = "Check that the database server is running and accepts connections at"
			+ " the host and port of 'spring.datasource.url' (for a file database, that its directory exists and is"
			+ " writable). Nothing was changed in the database.";

	@TempDir
	Path outputDir;

	@Test
	void postgresqlServerThatDoesNotAnswer() {
		FailureAnalysis analysis = BadInputApplication
			.of(NotesConfiguration.class, "jdbc:postgresql://127.0.0.1:1/store?user=app&password=secret", outputDir)
			.failsToStart();
		assertThat(analysis.getDescription()).isEqualTo("Schema Bootstrap could not reach the database at"
				+ " 'jdbc:postgresql://127.0.0.1:1/store?user=app&password=******': Connection to 127.0.0.1:1 refused."
				+ " Check that the hostname and port are correct and that the postmaster is accepting TCP/IP"
				+ " connections.");
		assertThat(analysis.getAction()).isEqualTo(UNREACHABLE_ACTION);
		assertThat(outputDir).isEmptyDirectory();
	}

	@Test
	void mariadbServerThatDoesNotAnswer() {
		FailureAnalysis analysis = BadInputApplication
			.of(NotesConfiguration.class, "jdbc:mariadb://127.0.0.1:1/store?user=app", outputDir)
			.failsToStart();
		assertThat(analysis.getDescription()).isEqualTo("Schema Bootstrap could not reach the database at"
				+ " 'jdbc:mariadb://127.0.0.1:1/store?user=app': Socket fail to connect to 127.0.0.1:1. Connection"
				+ " refused");
		assertThat(analysis.getAction()).isEqualTo(UNREACHABLE_ACTION);
		assertThat(outputDir).isEmptyDirectory();
	}

	@Test
	void sqliteFileInADirectoryThatDoesNotExist() {
		Path missing = outputDir.resolve("no-such-directory");
		FailureAnalysis analysis = BadInputApplication
			.of(NotesConfiguration.class, "jdbc:sqlite:" + missing.resolve("store.db"), outputDir.resolve("out"))
			.failsToStart();
		assertThat(analysis.getDescription()).isEqualTo("Schema Bootstrap could not reach the database at 'jdbc:sqlite:"
				+ missing.resolve("store.db") + "': [SQLITE_CANTOPEN] Unable to open the database file (unable to open"
				+ " database file)");
		assertThat(analysis.getAction()).isEqualTo(UNREACHABLE_ACTION);
		assertThat(missing).doesNotExist();
	}

	@Test
	void wrongPassword() throws Exception {
		String url = "jdbc:h2:mem:credentials-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		// The database exists with its own password and a table; the application brings another password.
		try (Connection owner = DriverManager.getConnection(url, "sa", "right");
				Statement statement = owner.createStatement()) {
			statement.execute("create table notes (id bigint primary key, text varchar(255))");
			statement.execute("insert into notes values (1, 'kept')");
			DatabaseSnapshot before = DatabaseSnapshot.of(owner);
			FailureAnalysis analysis = BadInputApplication.of(NotesConfiguration.class, url, outputDir)
				.with("spring.datasource.username=sa", "spring.datasource.password=wrong")
				.failsToStart();
			assertThat(analysis.getDescription()).isEqualTo("The database at '" + url + "' refused the credentials"
					+ " of user 'sa': Wrong user name or password [28000-240]");
			assertThat(analysis.getAction()).isEqualTo("Check 'spring.datasource.username' and"
					+ " 'spring.datasource.password' (or the user and password in 'spring.datasource.url'): the user"
					+ " must exist and may connect from this host. Nothing was changed in the database.");
			assertThat(DatabaseSnapshot.of(owner)).isEqualTo(before);
		}
	}

}
