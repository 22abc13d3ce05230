package dev.schemabootstrap.database;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.core.SQLiteDatabase;
import liquibase.exception.DatabaseException;
import liquibase.exception.LockException;
import liquibase.executor.ExecutorService;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.StandardLockService;
import liquibase.statement.core.SelectFromDatabaseChangeLogLockStatement;

/**
 * Liquibase's own lock, with a {@link #listLocks()} that can read it on SQLite. There Liquibase writes
 * {@code LOCKGRANTED} with {@code CURRENT_TIMESTAMP}, which SQLite stores as UTC text, and its standard lock service
 * fails with a {@code ClassCastException} when it lists a held lock: when it has waited for the lock in vain, and
 * when Schema Bootstrap looks for a stale one. Taking and releasing the lock are Liquibase's, unchanged. Registered
 * for Liquibase in {@code META-INF/services}.
 */
public class SqliteLockService extends StandardLockService {

	private static final DateTimeFormatter SQLITE_TIMESTAMP = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.optionalStart()
		.appendLiteral(' ')
		.optionalEnd()
		.optionalStart()
		.appendLiteral('T')
		.optionalEnd()
		.append(DateTimeFormatter.ISO_LOCAL_TIME)
		.toFormatter();

	@Override
	public int getPriority() {
		return PRIORITY_DATABASE;
	}

	@Override
	public boolean supports(Database database) {
		return database instanceof SQLiteDatabase;
	}

	@Override
	public DatabaseChangeLogLock[] listLocks() throws LockException {
		try {
			if (!isDatabaseChangeLogLockTableCreated()) {
				return new DatabaseChangeLogLock[0];
			}
			List<Map<String, ?>> rows = Scope.getCurrentScope()
				.getSingleton(ExecutorService.class)
				.getExecutor("jdbc", database)
				.queryForList(new SelectFromDatabaseChangeLogLockStatement("ID", "LOCKED", "LOCKGRANTED", "LOCKEDBY"));
			List<DatabaseChangeLogLock> locks = new ArrayList<>();
			for (Map<String, ?> row : rows) {
				if (isTrue(row.get("LOCKED"))) {
					locks.add(new DatabaseChangeLogLock(((Number) row.get("ID")).intValue(),
							granted(row.get("LOCKGRANTED")), String.valueOf(row.get("LOCKEDBY"))));
				}
			}
			return locks.toArray(DatabaseChangeLogLock[]::new);
		}
		catch (DatabaseException ex) {
			throw new LockException(ex);
		}
	}

	private static boolean isTrue(Object locked) {
		return locked instanceof Boolean bool ? bool : locked instanceof Number number && number.intValue() != 0;
	}

	/** {@code CURRENT_TIMESTAMP} text is UTC; a date a driver or a person wrote is taken as it comes. */
	static Date granted(Object value) throws LockException {
		if (value instanceof Date date) {
			return date;
		}
		if (value instanceof LocalDateTime local) {
			return Date.from(local.atZone(ZoneId.systemDefault()).toInstant());
		}
		if (value instanceof Number millis) {
			return new Date(millis.longValue());
		}
		try {
			return Date.from(LocalDateTime.parse(String.valueOf(value).trim(), SQLITE_TIMESTAMP)
				.toInstant(ZoneOffset.UTC));
		}
		catch (DateTimeParseException ex) {
			throw new LockException("Unreadable LOCKGRANTED '" + value + "' in the Liquibase lock table", ex);
		}
	}

}
