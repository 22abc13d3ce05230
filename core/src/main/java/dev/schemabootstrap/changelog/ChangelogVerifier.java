package dev.schemabootstrap.changelog;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
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
		Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(scratch));
		try {
			Liquibase liquibase = new Liquibase(changelog, new DirectoryResourceAccessor(root), database);
			liquibase.update();
			EvolutionPlanner planner = compareTypes ? new EvolutionPlanner() : EvolutionPlanner.ignoringTypes();
			return planner.plan(model, new LiveSchemaReader().read(scratch, model),
					ChangelogObjects.of(liquibase.getDatabaseChangeLog()));
		}
		finally {
			database.close();
		}
	}

}
