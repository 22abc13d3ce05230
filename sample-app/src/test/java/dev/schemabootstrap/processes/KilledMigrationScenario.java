package dev.schemabootstrap.processes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.crashtest.PausingChange;
import dev.schemabootstrap.crashtest.SlowMigrationApplication;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration killed with SIGKILL in the middle of a changeset, as an OOM kill or a node loss does, then the
 * restarts an operator would try. The changeset's DDL and data are rolled back with its transaction, the lock stays
 * held, and Schema Bootstrap says so instead of letting Liquibase wait: first as Liquibase's own lock timeout while
 * the lock is younger than {@code lock.stale-after}, then as {@code stale-lock}, until
 * {@code lock.release-stale=true} releases it and the migration completes.
 */
abstract class KilledMigrationScenario {

	private static final List<String> ALL_CHANGESETS = List.of("accounts", "entries-then-pause", "entries-index");

	@TempDir
	Path directory;

	abstract TestDatabase database();

	@Test
	void aKilledMigrationLeavesWholeChangesetsAndALockThatARestartReportsAndCanRelease() throws Exception {
		Path marker = directory.resolve("paused");
		ApplicationProcess migrating = start("killed", List.of("-D" + PausingChange.MARKER + "=" + marker));
		try {
			migrating.await("the changeset to pause", Duration.ofSeconds(90), () -> Files.exists(marker));
			migrating.kill();
		}
		finally {
			migrating.close();
		}
		// 128 + 9: the process died of SIGKILL, with no shutdown hook and no chance to release the lock.
		assertThat(migrating.waitForExit(Duration.ofSeconds(10))).contains(137);

		assertThat(appliedChangesets()).containsExactly("accounts");
		assertThat(tableExists("entries")).as("the killed changeset's table").isFalse();
		assertThat(count("accounts")).as("the killed changeset's row").isZero();
		assertThat(lockHolder()).as("the lock").isPresent();

		// Within stale-after the lock may be a migration still running elsewhere: Liquibase waits for it (here not
		// at all), then startup stops saying who holds it and what to do.
		ApplicationProcess waited = start("within-stale-after",
				List.of("-Dliquibase.changelogLockWaitTimeInMinutes=0"));
		assertThat(waited.waitForExit(Duration.ofSeconds(90))).as(waited.output()).isPresent().get().isNotEqualTo(0);
		assertThat(waited.output()).contains("Could not acquire change log lock")
			.contains(lockHolder().orElseThrow())
			.contains("schema-bootstrap.lock.stale-after")
			.contains("schema-bootstrap.lock.release-stale=true");

		ApplicationProcess reported = start("stale", List.of(), "--schema-bootstrap.lock.stale-after=1s");
		assertThat(reported.waitForExit(Duration.ofSeconds(90))).as(reported.output()).isPresent().get().isNotEqualTo(0);
		assertThat(reported.output()).contains("[stale-lock] DATABASECHANGELOGLOCK: The Liquibase lock is held by "
				+ lockHolder().orElseThrow() + " since ")
			.contains("longer than schema-bootstrap.lock.stale-after=1s")
			.contains("schema-bootstrap.lock.release-stale=true");
		assertThat(appliedChangesets()).containsExactly("accounts");

		ApplicationProcess released = start("released", List.of(), "--schema-bootstrap.lock.stale-after=1s",
				"--schema-bootstrap.lock.release-stale=true");
		assertThat(released.waitForExit(Duration.ofSeconds(90))).as(released.output()).contains(0);
		assertThat(released.output()).contains("Released the Liquibase lock held by").doesNotContain("schema-drift");
		assertThat(appliedChangesets()).containsExactlyElementsOf(ALL_CHANGESETS);
		assertThat(tableExists("entries")).isTrue();
		assertThat(count("accounts")).isOne();
		assertThat(lockHolder()).isEmpty();
	}

	private ApplicationProcess start(String name, List<String> jvmOptions, String... arguments) throws Exception {
		List<String> all = new ArrayList<>(List.of("--spring.main.web-application-type=none",
				"--spring.datasource.url=" + database().url(), "--spring.datasource.username=",
				"--spring.datasource.password=", "--spring.sql.init.mode=never",
				"--spring.liquibase.change-log=classpath:crashtest/db.changelog.yaml",
				"--schema-bootstrap.changelog.output-dir=" + directory.resolve("changelog")));
		all.addAll(List.of(arguments));
		return ApplicationProcess.start(SlowMigrationApplication.class, directory.resolve(name + ".log"), jvmOptions,
				all);
	}

	private List<String> appliedChangesets() throws SQLException {
		List<String> ids = new ArrayList<>();
		try (Connection connection = database().connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id from databasechangelog order by orderexecuted")) {
			while (rows.next()) {
				ids.add(rows.getString(1));
			}
		}
		return ids;
	}

	private boolean tableExists(String name) throws SQLException {
		try (Connection connection = database().connect();
				ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
			return tables.next();
		}
	}

	private int count(String table) throws SQLException {
		try (Connection connection = database().connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
			rows.next();
			return rows.getInt(1);
		}
	}

	/** Who holds Liquibase's lock, or empty when it is free. */
	private Optional<String> lockHolder() throws SQLException {
		try (Connection connection = database().connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select locked, lockedby from databasechangeloglock")) {
			assertThat(rows.next()).as("the lock row").isTrue();
			return rows.getBoolean(1) ? Optional.of(rows.getString(2)) : Optional.empty();
		}
	}

}
