package dev.schemabootstrap.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/** Applies a changelog text with real Liquibase, as an application would. */
public final class LiquibaseRunner {

	private LiquibaseRunner() {
	}

	public static void update(Connection connection, String changelog, String fileName) throws Exception {
		Path directory = Files.createTempDirectory("schema-bootstrap-test");
		Files.writeString(directory.resolve(fileName), changelog);
		var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
		try (Liquibase liquibase = new Liquibase(fileName, new DirectoryResourceAccessor(directory), database)) {
			liquibase.update();
		}
	}

}
