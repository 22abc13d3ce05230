package dev.schemabootstrap.changelog;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import liquibase.Liquibase;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.DirectoryResourceAccessor;

import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.drift.EvolutionPlanner;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.EvolutionPlan;

/**
 * What an application's own changelog lacks for the model, found without the application's database: the
 * changelog is applied to an empty scratch database given by the caller (an embedded one), which is then read
 * back and compared with the model. Only tables and columns the changelog creates are ever proposed for dropping
 * ({@link ChangelogObjects}). Never touches a real database.
 */
public final class ChangelogVerifier {

	private ChangelogVerifier() {
	}

	/**
	 * @param model the model, built for the scratch database's dialect
	 * @param changelog the changelog's path below {@code root}, as Liquibase resolves includes
	 * @param root the directory the changelog and its includes are read from (for example
	 * {@code src/main/resources})
	 * @param scratch a connection to an empty database; it is closed when done
	 */
	public static EvolutionPlan evolution(SchemaModel model, String changelog, Path root, Connection scratch)
			throws SQLException, LiquibaseException, FileNotFoundException {
		return evolution(model, changelog, root, scratch, true);
	}

	/**
	 * @param compareTypes whether column types are compared: only when the changelog was written for the scratch
	 * database's own kind, whose types read back as the model spells them
	 */
	public static EvolutionPlan evolution(SchemaModel model, String changelog, Path root, Connection scratch,
			boolean compareTypes) throws SQLException, LiquibaseException, FileNotFoundException {
		Database database = open(scratch);
		try {
			Liquibase liquibase = new Liquibase(changelog, new DirectoryResourceAccessor(root), database);
			liquibase.update();
			return plan(model, scratch, liquibase, compareTypes);
		}
		finally {
			database.close();
		}
	}

	/**
	 * The same on a {@link ScratchDatabase}: a kept one is brought up to the changelog by applying only what it
	 * lacks, and replayed from empty when its history is not a prefix of the changelog's (a changeset edited or
	 * removed since, a branch switched) or the short way fails for any reason, so the answer is always the one an
	 * empty database would give.
	 */
	public static EvolutionPlan evolution(SchemaModel model, String changelog, Path root, ScratchDatabase scratch,
			boolean compareTypes) throws SQLException, LiquibaseException, FileNotFoundException {
		Connection kept = scratch.kept() ? scratch.connectIfPossible() : null;
		if (kept == null) {
			return evolution(model, changelog, root,
					DriverManager.getConnection(ScratchDatabase.inMemory(scratch.compatibilityMode()).url()),
					compareTypes);
		}
		Database database = open(kept);
		try {
			try {
				Liquibase liquibase = new Liquibase(changelog, new DirectoryResourceAccessor(root), database);
				DatabaseChangeLog parsed = liquibase.getDatabaseChangeLog();
				ScratchHistory history = ScratchHistory.of(RecordedChangeSets.of(database, parsed), parsed);
				if (history != ScratchHistory.DIVERGED) {
					if (history == ScratchHistory.BEHIND) {
						liquibase.update();
					}
					return plan(model, kept, liquibase, compareTypes);
				}
			}
			catch (LiquibaseException ex) {
				// Whatever went wrong on the kept database, the replay below from empty says it again if it is real.
				kept.rollback();
			}
			ScratchDatabase.wipe(kept);
			forgetCachedState();
			Database empty = open(kept);
			Liquibase liquibase = new Liquibase(changelog, new DirectoryResourceAccessor(root), empty);
			liquibase.update();
			return plan(model, kept, liquibase, compareTypes);
		}
		finally {
			forgetCachedState();
			database.close();
		}
	}

	private static EvolutionPlan plan(SchemaModel model, Connection scratch, Liquibase liquibase, boolean compareTypes)
			throws SQLException, LiquibaseException {
		EvolutionPlanner planner = compareTypes ? new EvolutionPlanner() : EvolutionPlanner.ignoringTypes();
		return planner.plan(model, new LiveSchemaReader().read(scratch, model),
				ChangelogObjects.of(liquibase.getDatabaseChangeLog()));
	}

	private static Database open(Connection connection) throws LiquibaseException {
		return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
	}

	/** Liquibase caches what it knows of a database's history and lock per connection; a wipe makes that wrong. */
	private static void forgetCachedState() {
		ChangeLogHistoryServiceFactory.getInstance().resetAll();
		LockServiceFactory.getInstance().resetAll();
	}

}
