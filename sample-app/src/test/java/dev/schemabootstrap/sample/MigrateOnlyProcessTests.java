package dev.schemabootstrap.sample;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrate-then-exit recipe of docs/operations.md, as a real process: the application without its web server
 * applies the changelog and exits 0, or exits non-zero when startup fails.
 */
class MigrateOnlyProcessTests {

	@TempDir
	Path directory;

	@Test
	void appliesTheChangelogAndExitsZero() throws Exception {
		Path database = directory.resolve("store.db");
		Process process = start("--spring.profiles.active=sqlite", "--SCHEMA_BOOTSTRAP_SQLITE_FILE=" + database);
		assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("exited").isTrue();
		assertThat(process.exitValue()).as(output()).isZero();
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
				ResultSet rows = connection.createStatement()
					.executeQuery("select count(*) from databasechangelog")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt(1)).isPositive();
		}
	}

	@Test
	void exitsNonZeroWhenStartupFails() throws Exception {
		Process process = start("--spring.jpa.hibernate.ddl-auto=update");
		assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("exited").isTrue();
		assertThat(process.exitValue()).isNotZero();
		assertThat(output()).contains("conflicting-schema-initializer");
	}

	private Process start(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), SampleApplication.class.getName(),
				"--spring.main.web-application-type=none",
				"--schema-bootstrap.changelog.output-dir=" + directory.resolve("changelog")));
		command.addAll(List.of(arguments));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(directory.resolve("output.log").toFile())
			.directory(new File(System.getProperty("user.dir")))
			.start();
	}

	private String output() throws Exception {
		return Files.readString(directory.resolve("output.log"));
	}

}
