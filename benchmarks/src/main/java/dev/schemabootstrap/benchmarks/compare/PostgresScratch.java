package dev.schemabootstrap.benchmarks.compare;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A database of its own on the local PostgreSQL server, created from the admin URL
 * ({@code SCHEMA_BOOTSTRAP_POSTGRES_URL}, by default {@value #DEFAULT_ADMIN_URL}) and dropped by {@link #close()}.
 */
final class PostgresScratch implements AutoCloseable {

	static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

	private final String adminUrl;

	private final String name;

	private final String url;

	private PostgresScratch(String adminUrl, String name) {
		this.adminUrl = adminUrl;
		this.name = name;
		int query = adminUrl.indexOf('?');
		String path = query < 0 ? adminUrl : adminUrl.substring(0, query);
		this.url = path.substring(0, path.lastIndexOf('/') + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
	}

	static String adminUrl() {
		String url = System.getenv("SCHEMA_BOOTSTRAP_POSTGRES_URL");
		return url == null || url.isBlank() ? DEFAULT_ADMIN_URL : url;
	}

	/** Creates the database; fails with the server's reason if there is no server to use. */
	static PostgresScratch create() throws SQLException {
		PostgresScratch scratch = new PostgresScratch(adminUrl(),
				"sb_compare_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
		try (Connection admin = DriverManager.getConnection(scratch.adminUrl);
				Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + scratch.name);
		}
		return scratch;
	}

	String url() {
		return url;
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(url);
	}

	@Override
	public void close() throws SQLException {
		try (Connection admin = DriverManager.getConnection(adminUrl); Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

}
