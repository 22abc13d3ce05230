package dev.schemabootstrap.autoconfigure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.integration.spring.SpringResourceAccessor;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.io.ResourceLoader;

/**
 * Liquibase opened the way Spring Boot's own Liquibase is configured (changelog and lock table names, Liquibase
 * schema), for reading its status or recording changesets, never for running them.
 */
final class LiquibaseDatabases {

	private LiquibaseDatabases() {
	}

	static Database open(Connection connection, LiquibaseProperties properties) throws DatabaseException {
		Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
		database.setDatabaseChangeLogTableName(properties.getDatabaseChangeLogTable());
		database.setDatabaseChangeLogLockTableName(properties.getDatabaseChangeLogLockTable());
		if (properties.getLiquibaseSchema() != null) {
			database.setLiquibaseSchemaName(properties.getLiquibaseSchema());
		}
		if (properties.getDefaultSchema() != null) {
			database.setDefaultSchemaName(properties.getDefaultSchema());
		}
		return database;
	}

	/** The contexts Liquibase runs with: a changeset of another context is neither run nor pending. */
	static Contexts contexts(LiquibaseProperties properties) {
		return properties.getContexts() == null ? new Contexts() : new Contexts(properties.getContexts());
	}

	/** The label filter Liquibase runs with. */
	static LabelExpression labels(LiquibaseProperties properties) {
		return properties.getLabelFilter() == null ? new LabelExpression()
				: new LabelExpression(properties.getLabelFilter());
	}

	/**
	 * Whether Liquibase's history table exists, read from the catalog each time: Liquibase's own answer may be cached
	 * from before its lock was taken. Looked for in the application's own schema only: where the driver has no
	 * current schema (MariaDB, MySQL) a schema is a database, a JDBC catalog, and a search without it would find
	 * another database's table on the same server.
	 */
	static boolean hasHistoryTable(Connection connection, LiquibaseProperties properties) throws SQLException {
		String table = properties.getDatabaseChangeLogTable();
		String own = properties.getLiquibaseSchema();
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

	static Liquibase liquibase(String changelog, ResourceLoader resourceLoader, Database database) {
		return new Liquibase(changelog, new SpringResourceAccessor(resourceLoader), database);
	}

	/** A Liquibase over a changelog parsed already, its includes and files read through the resource loader. */
	static Liquibase liquibase(DatabaseChangeLog changelog, ResourceLoader resourceLoader, Database database) {
		return new Liquibase(changelog, new SpringResourceAccessor(resourceLoader), database);
	}

}
