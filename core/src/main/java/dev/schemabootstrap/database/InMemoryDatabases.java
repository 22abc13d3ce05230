package dev.schemabootstrap.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Which JDBC URLs name a database that lives only as long as the process that opened it: H2's {@code mem:} databases
 * (not {@code tcp://host/mem:}, which lives in a server), HSQLDB's {@code mem:}, Derby's {@code memory:}, and
 * SQLite's {@code :memory:}, {@code mode=memory} and empty-path databases. Such a database is built from nothing at
 * every start.
 */
public final class InMemoryDatabases {

	private InMemoryDatabases() {
	}

	/**
	 * Whether the data source's database is in memory, from the URL its driver reports. A database that cannot be
	 * reached counts as one that keeps its data: whatever connects next reports the failure.
	 */
	public static boolean isInMemory(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String url = connection.getMetaData().getURL();
			return url != null && isInMemory(url);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	public static boolean isInMemory(String jdbcUrl) {
		String url = jdbcUrl.toLowerCase(Locale.ROOT);
		if (url.startsWith("jdbc:h2:")) {
			return url.startsWith("jdbc:h2:mem:");
		}
		if (url.startsWith("jdbc:hsqldb:")) {
			return url.startsWith("jdbc:hsqldb:mem:");
		}
		if (url.startsWith("jdbc:derby:")) {
			return url.startsWith("jdbc:derby:memory:");
		}
		if (url.startsWith("jdbc:sqlite:")) {
			String path = url.substring("jdbc:sqlite:".length());
			return path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file::memory:")
					|| path.contains("mode=memory");
		}
		return false;
	}

}
