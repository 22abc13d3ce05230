package dev.schemabootstrap.check.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.model.SchemaModel;

/**
 * One kind of problem, looked for in a live database. Each implementation reports a single finding id.
 */
public interface DatabaseCheck {

	/** The id of the findings this check reports. */
	String id();

	List<Finding> check(Connection connection, SchemaModel model) throws SQLException;

}
