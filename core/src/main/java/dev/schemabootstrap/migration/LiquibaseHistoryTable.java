package dev.schemabootstrap.migration;

import java.sql.Connection;
import java.sql.SQLException;

import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;

/**
 * Creates Liquibase's history table under Liquibase's lock, just before Spring Boot's Liquibase runs on a database
 * that has none. Liquibase itself looks for that table before it takes its lock, so instances started at once on
 * an empty database can each try to create it, and all but one fail with "already exists" (liquibase/liquibase
 * #5254; seen here with eight instances on PostgreSQL). Under the lock the first instance creates it and the others
 * find it.
 */
public final class LiquibaseHistoryTable {

	private LiquibaseHistoryTable() {
	}

	public static void createUnderLock(LiquibaseTarget target) {
		try (Connection connection = target.dataSource().getConnection()) {
			if (target.hasHistoryTable(connection)) {
				return;
			}
			Database database = target.open(connection);
			LockService lock = LockServiceFactory.getInstance().getLockService(database);
			lock.waitForLock();
			try {
				// Asked again, from the catalog: the instance that held the lock may have just created it, and
				// Liquibase's history service may hold an answer from before the lock.
				if (!target.hasHistoryTable(connection)) {
					ChangeLogHistoryServiceFactory.getInstance().resetAll();
					createOrFindCreated(connection, database, target);
				}
			}
			finally {
				lock.releaseLock();
				// Spring Boot's Liquibase, next, must not reuse a history service that saw no table.
				ChangeLogHistoryServiceFactory.getInstance().resetAll();
			}
		}
		catch (SQLException | LiquibaseException ex) {
			throw new IllegalStateException("Schema Bootstrap could not prepare Liquibase's history table: "
					+ ex.getMessage(), ex);
		}
	}

	/**
	 * Creates the table, unless another process that does not take the lock for it (an older Liquibase, a
	 * migration tool) created it in the meantime: then its table is the one to use.
	 */
	private static void createOrFindCreated(Connection connection, Database database, LiquibaseTarget target)
			throws SQLException, LiquibaseException {
		try {
			ChangeLogHistoryServiceFactory.getInstance().getChangeLogService(database).init();
			database.commit();
		}
		catch (LiquibaseException ex) {
			database.rollback();
			if (!target.hasHistoryTable(connection)) {
				throw ex;
			}
		}
	}

}
