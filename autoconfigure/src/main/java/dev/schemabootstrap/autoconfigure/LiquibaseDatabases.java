package dev.schemabootstrap.autoconfigure;

import java.sql.Connection;

import liquibase.Liquibase;
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
		return database;
	}

	static Liquibase liquibase(String changelog, ResourceLoader resourceLoader, Database database) {
		return new Liquibase(changelog, new SpringResourceAccessor(resourceLoader), database);
	}

}
