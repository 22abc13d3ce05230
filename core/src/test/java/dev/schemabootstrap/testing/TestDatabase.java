package dev.schemabootstrap.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real database of its own for one test class, made before its tests and dropped after them:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final TestDatabase database = TestDatabase.postgres();
 * ...
 * try (Connection connection = database.connect()) { ... }
 * </pre>
 *
 * PostgreSQL and MariaDB come from servers named by JDBC URL in {@value #POSTGRES_URL} and {@value #MARIADB_URL}
 * (for example {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres} and
 * {@code jdbc:mariadb://127.0.0.1:3306/test?user=root}); each test class gets a uniquely named database on that
 * server, dropped afterwards. Without the variable every test of the class is skipped, with a message that names it. H2 is an
 * in-memory database, SQLite a file in a temporary directory.
 */
public final class TestDatabase implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	public static final String POSTGRES_URL = "SCHEMA_BOOTSTRAP_POSTGRES_URL";

	public static final String MARIADB_URL = "SCHEMA_BOOTSTRAP_MARIADB_URL";

	/** The databases this extension can provide. */
	public enum Kind {

		H2, SQLITE, POSTGRESQL, MARIADB

	}

	private final Kind kind;

	private String name;

	private String url;

	private Path directory;

	private Connection keepAlive;

	private TestDatabase(Kind kind) {
		this.kind = kind;
	}

	public static TestDatabase h2() {
		return new TestDatabase(Kind.H2);
	}

	public static TestDatabase sqlite() {
		return new TestDatabase(Kind.SQLITE);
	}

	public static TestDatabase postgres() {
		return new TestDatabase(Kind.POSTGRESQL);
	}

	public static TestDatabase mariadb() {
		return new TestDatabase(Kind.MARIADB);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		name = ("sb_" + context.getRequiredTestClass().getSimpleName() + "_"
				+ UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
		switch (kind) {
			case H2 -> {
				url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
				keepAlive = DriverManager.getConnection(url);
			}
			case SQLITE -> {
				directory = Files.createTempDirectory("schema-bootstrap-sqlite");
				url = "jdbc:sqlite:" + directory.resolve(name + ".db") + "?foreign_keys=on";
			}
			case POSTGRESQL, MARIADB -> {
				String server = server(kind);
				if (server == null) {
					// Each test is skipped in beforeEach, so that reports count and explain every skipped test.
					return;
				}
				url = withDatabase(server, name);
				execute(server, "CREATE DATABASE " + name);
			}
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (url == null) {
			serverUrl(kind);
		}
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		if (url == null) {
			return;
		}
		switch (kind) {
			case H2 -> {
				try (Statement statement = keepAlive.createStatement()) {
					statement.execute("SHUTDOWN");
				}
			}
			case SQLITE -> {
				try (var files = Files.walk(directory)) {
					files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
				}
			}
			case POSTGRESQL -> execute(serverUrl(kind), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			case MARIADB -> execute(serverUrl(kind), "DROP DATABASE IF EXISTS " + name);
		}
	}

	/** A new connection to this test class's database; the caller closes it. */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url);
	}

	public Kind kind() {
		return kind;
	}

	/** The database's name (on PostgreSQL and MariaDB, on the server given by the environment). */
	public String name() {
		return name;
	}

	public String url() {
		return url;
	}

	/**
	 * The server URL from the environment, or the current test is skipped with a message that says what to set.
	 */
	public static String serverUrl(Kind kind) {
		String url = server(kind);
		Assumptions.assumeTrue(url != null, () -> skipMessage(kind));
		return url;
	}

	/** The server named by the environment, else a Testcontainers server where Docker runs, else none. */
	private static String server(Kind kind) {
		String url = System.getenv(variable(kind));
		if (url != null && !url.isBlank()) {
			return url;
		}
		return Containers.serverUrl(kind);
	}

	private static String skipMessage(Kind kind) {
		String example = kind == Kind.POSTGRESQL ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"
				: "jdbc:mariadb://127.0.0.1:3306/test?user=root";
		return kind + " tests skipped: no Docker engine for Testcontainers, and no server given: set the environment"
				+ " variable " + variable(kind) + " to the JDBC URL of a server (for example " + example + ")";
	}

	private static String variable(Kind kind) {
		return kind == Kind.POSTGRESQL ? POSTGRES_URL : MARIADB_URL;
	}

	/** The URL with its database path replaced: {@code jdbc:x://host:port/db?params}. */
	static String withDatabase(String url, String database) {
		int hostStart = url.indexOf("//") + 2;
		int query = url.indexOf('?', hostStart);
		int end = query < 0 ? url.length() : query;
		int slash = url.indexOf('/', hostStart);
		int pathStart = slash < 0 || slash > end ? end : slash;
		return url.substring(0, pathStart) + "/" + database + url.substring(end);
	}

	private static void execute(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
