package dev.schemabootstrap.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A uniquely named, empty database on a server named by an environment variable (a JDBC URL with credentials),
 * created for one test class and dropped after it. Without the variable the test is skipped and says what to set.
 */
final class ServerDatabase implements AutoCloseable {

	private final String adminUrl;

	private final String name;

	private final String url;

	private final boolean mariadb;

	private ServerDatabase(String adminUrl, boolean mariadb) throws SQLException {
		this.adminUrl = adminUrl;
		this.mariadb = mariadb;
		this.name = "sb_sample_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute("CREATE DATABASE " + name);
		this.url = withDatabase(adminUrl, name);
	}

	static ServerDatabase postgres() throws SQLException {
		return new ServerDatabase(require("SCHEMA_BOOTSTRAP_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"),
				false);
	}

	static ServerDatabase mariadb() throws SQLException {
		return new ServerDatabase(require("SCHEMA_BOOTSTRAP_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root"), true);
	}

	String url() {
		return url;
	}

	/** The database MariaDB creates for a schema of the model, to be dropped too. */
	void dropAlso(String database) throws SQLException {
		execute("DROP DATABASE IF EXISTS " + database);
	}

	@Override
	public void close() throws SQLException {
		execute(mariadb ? "DROP DATABASE IF EXISTS " + name : "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(adminUrl);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String require(String variable, String example) {
		String url = System.getenv(variable);
		Assumptions.assumeTrue(url != null && !url.isBlank(), () -> "no server given: set " + variable
				+ " to a JDBC URL with credentials (for example " + example + ") to run it against a real server");
		return url;
	}

	/** The same URL, pointing at another database: {@code jdbc:x://host:port/db?params}. */
	static String withDatabase(String url, String database) {
		int hostStart = url.indexOf("//") + 2;
		int pathStart = url.indexOf('/', hostStart);
		int query = url.indexOf('?', hostStart);
		String base = url.substring(0, pathStart < 0 || (query >= 0 && query < pathStart) ? (query < 0 ? url.length() : query) : pathStart);
		String params = query < 0 ? "" : url.substring(query);
		return base + "/" + database + params;
	}

}
