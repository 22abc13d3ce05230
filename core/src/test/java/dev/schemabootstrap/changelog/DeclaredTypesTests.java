package dev.schemabootstrap.changelog;

import java.nio.file.Files;
import java.nio.file.Path;

import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.TableName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The types a changelog declares for its database come from the changesets that run there: a changeset kept for
 * other databases ({@code dbms}), the twin of one for this database, declares nothing.
 */
class DeclaredTypesTests {

	private static final String CHANGELOG = """
			databaseChangeLog:
			- changeSet:
			    id: table-event
			    author: me
			    dbms: postgresql
			    changes:
			    - createTable:
			        tableName: event
			        columns:
			        - column: {name: payload, type: varchar(300)}
			- changeSet:
			    id: table-event-for-the-tests
			    author: me
			    dbms: h2
			    changes:
			    - createTable:
			        tableName: event
			        columns:
			        - column: {name: payload, type: varchar(100)}
			""";

	@Test
	void eachDatabaseReadsTheTypesOfItsOwnChangesets(@TempDir Path directory) throws Exception {
		Files.writeString(directory.resolve("changelog.yaml"), CHANGELOG);
		DirectoryResourceAccessor resources = new DirectoryResourceAccessor(directory);
		DatabaseChangeLog parsed = ChangeLogParserFactory.getInstance()
			.getParser("changelog.yaml", resources)
			.parse("changelog.yaml", new ChangeLogParameters(), resources);
		TableName event = new TableName(null, "event");

		assertThat(DeclaredTypes.of(parsed, DatabaseKind.POSTGRESQL).type(event, "payload")).containsIgnoringCase("300");
		assertThat(DeclaredTypes.of(parsed, DatabaseKind.H2).type(event, "payload")).containsIgnoringCase("100");
	}

}
