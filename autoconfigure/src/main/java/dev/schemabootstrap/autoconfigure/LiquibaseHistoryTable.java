package dev.schemabootstrap.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.snapshot.SnapshotGeneratorFactory;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;

/**
 * Creates Liquibase's history table under Liquibase's lock, just before Spring Boot's Liquibase runs on a database
 * that has none. Liquibase itself looks for that table before it takes its lock, so instances started at once on
 * an empty database can each try to create it, and all but one fail with "already exists" (liquibase/liquibase
 * #5254; seen here with eight instances on PostgreSQL). Under the lock the first instance creates it and the others
 * find it.
 */
final class LiquibaseHistoryTable {

	private LiquibaseHistoryTable() {
	}

	static void createUnderLock(DataSource dataSource, LiquibaseProperties properties) {
		try (Connection connection = dataSource.getConnection()) {
			Database database = LiquibaseDatabases.open(connection, properties);
			if (SnapshotGeneratorFactory.getInstance().hasDatabaseChangeLogTable(database)) {
				return;
			}
			LockService lock = LockServiceFactory.getInstance().getLockService(database);
			lock.waitForLock();
			try {
				ChangeLogHistoryServiceFactory.getInstance().getChangeLogService(database).init();
				database.commit();
			}
			finally {
				lock.releaseLock();
			}
		}
		catch (SQLException | LiquibaseException ex) {
			throw new IllegalStateException("Schema Bootstrap could not prepare Liquibase's history table: "
					+ ex.getMessage(), ex);
		}
	}

}
