package dev.schemabootstrap.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A private in-memory H2 database that lives as long as this object: one connection is held open so that
 * the database survives Liquibase closing the connection it was given.
 */
public final class H2Database implements AutoCloseable {

	private final String url = "jdbc:h2:mem:" + UUID.randomUUID();

	private final Connection keeper;

	public H2Database() throws SQLException {
		this.keeper = connect();
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url, "sa", "");
	}

	@Override
	public void close() throws SQLException {
		keeper.close();
	}

}
