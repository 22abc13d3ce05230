package dev.schemabootstrap.autoconfigure.liquibase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import liquibase.Liquibase;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;
import liquibase.database.core.DB2Database;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.core.MSSQLDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.core.SQLiteDatabase;
import liquibase.integration.spring.Customizer;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;

import org.jspecify.annotations.Nullable;

/**
 * Follows Liquibase through each changeset, change by change, so that a failure can say which statements of the
 * changeset had already run. When a changeset fails, the {@link ChangeSetFailure} is attached to Liquibase's own
 * exception (as a suppressed exception), where {@link dev.schemabootstrap.autoconfigure.diagnostics.LiquibaseMigrationFailureAnalyzer} finds it; Liquibase's
 * control flow is left as it is.
 */
final class ChangeSetProgress extends AbstractChangeExecListener {

	/** The changes of the running changeset that ran; rendered as SQL only if the changeset fails. */
	private final List<Change> ran = new ArrayList<>();

	private @Nullable Change running;

	/**
	 * Has the listener installed on each Liquibase that {@code liquibase} creates. A customizer of the
	 * application's runs after, so a listener of its own wins (Liquibase takes one): failures are then reported
	 * without the statements that ran.
	 */
	static void install(SpringLiquibase liquibase) {
		Customizer<Liquibase> existing = liquibase.getCustomizer();
		liquibase.setCustomizer((created) -> {
			created.setChangeExecListener(new ChangeSetProgress());
			if (existing != null) {
				existing.customize(created);
			}
		});
	}

	@Override
	public void willRun(ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database,
			ChangeSet.RunStatus runStatus) {
		ran.clear();
		running = null;
	}

	@Override
	public void willRun(Change change, ChangeSet changeSet, DatabaseChangeLog changeLog, Database database) {
		running = change;
	}

	@Override
	public void ran(Change change, ChangeSet changeSet, DatabaseChangeLog changeLog, Database database) {
		ran.add(change);
		running = null;
	}

	@Override
	public void runFailed(ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database,
			Exception exception) {
		String failedSql = ChangeSetFailure.failedSql(exception);
		List<String> ranBefore = new ArrayList<>();
		ran.forEach((change) -> ranBefore.addAll(statements(change, database)));
		if (running != null && failedSql != null) {
			// A change of several statements (a 'sql' change, for one) may fail at its second statement.
			for (String statement : statements(running, database)) {
				if (statement.equals(failedSql)) {
					break;
				}
				ranBefore.add(statement);
			}
		}
		boolean rolledBack = rollsBackDdl(database) && changeSet.isRunInTransaction();
		exception.addSuppressed(new ChangeSetFailure(changeSet.getFilePath(), changeSet.getId(),
				changeSet.getAuthor(), failedSql, database.getDatabaseProductName(), rolledBack, ranBefore));
	}

	/**
	 * Whether a failed changeset's DDL is undone with its transaction. Not Liquibase's
	 * {@code supportsDDLInTransaction()}: it says yes for MariaDB/MySQL and H2, which commit the open transaction at
	 * each DDL statement, so what ran before the failure stays. Only databases known to roll DDL back count.
	 */
	static boolean rollsBackDdl(Database database) {
		return database instanceof PostgresDatabase || database instanceof SQLiteDatabase
				|| database instanceof MSSQLDatabase || database instanceof DB2Database
				|| database instanceof DerbyDatabase;
	}

	private static List<String> statements(Change change, Database database) {
		try {
			Sql[] sql = SqlGeneratorFactory.getInstance().generateSql(change, database);
			return Arrays.stream(sql).map(Sql::toSql).toList();
		}
		catch (RuntimeException ex) {
			// A change Liquibase cannot render as SQL (custom Java changes): named by its description instead.
			return List.of(change.getDescription());
		}
	}

}
