package dev.schemabootstrap.benchmarks.compare;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import dev.schemabootstrap.model.SchemaModel;

/**
 * A new in-memory H2 database that outlives its connections (Liquibase closes the one it is given), until
 * {@link #close()} shuts it down.
 */
final class H2Scratch implements AutoCloseable {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private final String url = "jdbc:h2:mem:comparison" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";

	/** A new empty database. */
	static H2Scratch empty() {
		return new H2Scratch();
	}

	/** A new database with the model's named schemas, which liquibase-hibernate7's changelogs do not create. */
	static H2Scratch withSchemas(SchemaModel model) throws SQLException {
		H2Scratch scratch = new H2Scratch();
		try (Connection connection = scratch.connect(); Statement statement = connection.createStatement()) {
			for (String schema : model.schemas()) {
				statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
			}
		}
		return scratch;
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(url, "sa", "");
	}

	@Override
	public void close() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN");
		}
	}

}
