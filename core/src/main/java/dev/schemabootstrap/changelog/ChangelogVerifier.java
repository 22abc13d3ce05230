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
 * back and compared with the model. Never touches a real database.
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
		Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(scratch));
		try {
			new Liquibase(changelog, new DirectoryResourceAccessor(root), database).update();
			return new EvolutionPlanner().plan(model, new LiveSchemaReader().read(scratch, model));
		}
		finally {
			database.close();
		}
	}

}
