package dev.schemabootstrap.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.resource.ResourceAccessor;

/**
 * The database a migration runs on, with the settings it runs with and where its changelog's files are read from.
 * Liquibase is opened on it the way the migration itself is configured, for reading its status or recording
 * changesets.
 *
 * @param dataSource the database
 * @param settings its history and lock tables, schemas, contexts and labels
 * @param resources where the changelog and the files it includes are read from
 */
public record LiquibaseTarget(DataSource dataSource, LiquibaseSettings settings, ResourceAccessor resources) {

	/** Liquibase's view of a connection to the target, with the migration's table names and schemas. */
	public Database open(Connection connection) throws DatabaseException {
		return settings.applyTo(
				DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)));
	}

	/** The contexts Liquibase runs with: a changeset of another context is neither run nor pending. */
	public Contexts contexts() {
		return new Contexts(settings.contexts());
	}

	/** The label filter Liquibase runs with. */
	public LabelExpression labels() {
		return new LabelExpression(settings.labelFilter());
	}

	/**
	 * Whether Liquibase's history table exists, read from the catalog each time: Liquibase's own answer may be cached
	 * from before its lock was taken. Looked for in the application's own schema only: where the driver has no
	 * current schema (MariaDB, MySQL) a schema is a database, a JDBC catalog, and a search without it would find
	 * another database's table on the same server.
	 */
	public boolean hasHistoryTable(Connection connection) throws SQLException {
		String table = settings.changeLogTable();
		String own = settings.liquibaseSchema();
		boolean schemaIsCatalog = connection.getSchema() == null;
		String catalog = schemaIsCatalog ? (own != null ? own : connection.getCatalog()) : null;
		String schema = schemaIsCatalog ? null : (own != null ? own : connection.getSchema());
		for (String name : new String[] { table, table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT) }) {
			try (ResultSet tables = connection.getMetaData().getTables(catalog, schema, name, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

	/** A Liquibase over the changelog at {@code changelog}, read through the target's resources. */
	public Liquibase liquibase(String changelog, Database database) {
		return new Liquibase(changelog, resources, database);
	}

	/** A Liquibase over a changelog parsed already, its includes and files read through the target's resources. */
	public Liquibase liquibase(DatabaseChangeLog changelog, Database database) {
		return new Liquibase(changelog, resources, database);
	}

}
