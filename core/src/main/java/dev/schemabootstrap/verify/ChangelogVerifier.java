package dev.schemabootstrap.verify;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.FastCheckService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.exception.UnexpectedLiquibaseException;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.DirectoryResourceAccessor;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.changelog.ChangelogObjects;
import dev.schemabootstrap.changelog.DeclaredTypes;
import dev.schemabootstrap.changelog.RecordedChangeSets;
import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.plan.EvolutionPlanner;
import dev.schemabootstrap.plan.EvolutionPlanner.Origin;

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
		return evolution(model, changelog, root, scratch, new Comparison(compareTypes, null, true));
	}

	private static EvolutionPlan evolution(SchemaModel model, String changelog, Path root, Connection scratch,
			Comparison compareTypes) throws SQLException, LiquibaseException, FileNotFoundException {
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
	 * empty database would give. When the changelog's files are byte for byte those the kept database was brought to
	 * last time (the everyday run: entities changed, changelog not), it is not even parsed, unless the database holds
	 * a table or column the model lacks and only the changelog can say whether it created it.
	 */
	public static EvolutionPlan evolution(SchemaModel model, String changelog, Path root, ScratchDatabase scratch,
			boolean compareTypes) throws SQLException, LiquibaseException, FileNotFoundException {
		return evolution(model, changelog, root, scratch, new Comparison(compareTypes, null, true));
	}

	/**
	 * The same for a changelog written for any database, so that the build finds what startup finds on that
	 * database: on H2 the scratch database's own types are compared; for another database the types the changelog
	 * declares, in that database's words ({@link DeclaredTypes}), and what can change is decided as there (on SQLite
	 * no column changes).
	 *
	 * @param model the model, built for the changelog's database
	 * @param changelogKind the database the changelog is written for
	 */
	public static EvolutionPlan evolution(SchemaModel model, String changelog, Path root, ScratchDatabase scratch,
			DatabaseKind changelogKind) throws SQLException, LiquibaseException, FileNotFoundException {
		// MySQL is left out: Liquibase creates Hibernate's bit as tinyint(1) there, which ColumnType does not yet take
		// for the same type.
		boolean foreignKeysIndexed = changelogKind.indexesForeignKeys();
		Comparison comparison = switch (changelogKind) {
			case H2 -> new Comparison(true, null, foreignKeysIndexed);
			case POSTGRESQL, MARIADB, SQLITE -> new Comparison(true, changelogKind, foreignKeysIndexed);
			default -> new Comparison(false, null, foreignKeysIndexed);
		};
		return evolution(model, changelog, root, scratch, comparison);
	}

	private static EvolutionPlan evolution(SchemaModel model, String changelog, Path root, ScratchDatabase scratch,
			Comparison compareTypes) throws SQLException, LiquibaseException, FileNotFoundException {
		Connection kept = scratch.kept() ? scratch.connectIfPossible() : null;
		if (kept == null) {
			return evolution(model, changelog, root,
					DriverManager.getConnection(ScratchDatabase.inMemory(scratch.compatibilityMode()).url()),
					compareTypes);
		}
		String digest = ChangelogDigest.of(changelog, root);
		Database database = open(kept);
		try {
			if (digest != null && (digest + " " + appliedCount(kept)).equals(scratch.recordedState())) {
				Supplier<DatabaseChangeLog> parsed = memoized(() -> parsed(changelog, root, database));
				Origin origin = Origin.whenAsked(() -> ChangelogObjects.of(parsed.get()));
				return plan(model, kept, origin, compareTypes, compareTypes.planner(parsed));
			}
			scratch.forgetState();
			try {
				Liquibase liquibase = new Liquibase(changelog, new DirectoryResourceAccessor(root), database);
				DatabaseChangeLog parsed = liquibase.getDatabaseChangeLog();
				ScratchHistory history = ScratchHistory.of(RecordedChangeSets.of(database, parsed), parsed);
				if (history != ScratchHistory.DIVERGED) {
					if (history == ScratchHistory.BEHIND) {
						liquibase.update();
					}
					return recorded(scratch, kept, digest, plan(model, kept, liquibase, compareTypes));
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
			return recorded(scratch, kept, digest, plan(model, kept, liquibase, compareTypes));
		}
		finally {
			forgetCachedState();
			database.close();
		}
	}

	/** Records what the kept database now holds, so that the next run with the same files skips the parse. */
	private static EvolutionPlan recorded(ScratchDatabase scratch, Connection kept, @Nullable String digest,
			EvolutionPlan plan) {
		if (digest != null) {
			scratch.recordState(digest + " " + appliedCount(kept));
		}
		return plan;
	}

	/** The number of changesets the database recorded, or -1 without a history table (a new, empty file). */
	private static int appliedCount(Connection connection) {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
			rows.next();
			return rows.getInt(1);
		}
		catch (SQLException ex) {
			return -1;
		}
	}

	private static DatabaseChangeLog parsed(String changelog, Path root, Database database) {
		try {
			return new Liquibase(changelog, new DirectoryResourceAccessor(root), database).getDatabaseChangeLog();
		}
		catch (LiquibaseException | FileNotFoundException ex) {
			throw new UnexpectedLiquibaseException(ex);
		}
	}

	private static <T> Supplier<T> memoized(Supplier<T> supplier) {
		return new Supplier<>() {

			private @Nullable T value;

			@Override
			public T get() {
				if (value == null) {
					value = supplier.get();
				}
				return value;
			}

		};
	}

	private static EvolutionPlan plan(SchemaModel model, Connection scratch, Liquibase liquibase,
			Comparison compareTypes) throws SQLException, LiquibaseException {
		DatabaseChangeLog parsed = liquibase.getDatabaseChangeLog();
		return plan(model, scratch, ChangelogObjects.of(parsed), compareTypes, compareTypes.planner(() -> parsed));
	}

	private static EvolutionPlan plan(SchemaModel model, Connection scratch, Origin origin, Comparison comparison,
			EvolutionPlanner planner) throws SQLException {
		SchemaModel live = new LiveSchemaReader().read(scratch, model);
		return planner.plan(model,
				comparison.foreignKeysIndexed() ? live : ScratchIndexes.withoutForeignKeyIndexes(scratch, live), origin);
	}

	/**
	 * How column types are compared: as the scratch database reads them back, not at all, or as the changelog
	 * declares them for its own database (parsed only when a column is compared).
	 *
	 * @param compareTypes whether types are compared
	 * @param changelogKind the database the changelog is for, when its declared types are compared
	 * @param foreignKeysIndexed whether that database indexes foreign keys itself, as the scratch H2 does
	 */
	private record Comparison(boolean compareTypes, @Nullable DatabaseKind changelogKind, boolean foreignKeysIndexed) {

		EvolutionPlanner planner(Supplier<DatabaseChangeLog> parsed) {
			if (changelogKind == null) {
				return compareTypes ? new EvolutionPlanner() : EvolutionPlanner.ignoringTypes();
			}
			Supplier<DeclaredTypes> declared = memoized(() -> DeclaredTypes.of(parsed.get(), changelogKind));
			return EvolutionPlanner.declaredTypes(changelogKind, new EvolutionPlanner.DeclaredTypes() {

				@Override
				public @Nullable String type(TableName table, String column) {
					return declared.get().type(table, column);
				}

				@Override
				public String foreignKeyName(String readBack) {
					return declared.get().foreignKeyName(readBack);
				}

			});
		}

	}

	private static Database open(Connection connection) throws LiquibaseException {
		return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
	}

	/**
	 * Liquibase caches what it knows of a database's history and lock per connection, and JVM-wide that a database
	 * was up to date with a changelog (then skipping the update without looking); a wipe makes all that wrong.
	 */
	private static void forgetCachedState() {
		ChangeLogHistoryServiceFactory.getInstance().resetAll();
		LockServiceFactory.getInstance().resetAll();
		Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
	}

}
