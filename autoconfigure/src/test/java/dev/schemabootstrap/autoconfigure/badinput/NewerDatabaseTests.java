package dev.schemabootstrap.autoconfigure.badinput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.autoconfigure.badinput.notes.NotesConfiguration;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.migration.NewerDatabaseCheck;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database migrated by a newer version of the application (its history has a changeset this version's changelog
 * lacks), as during a rolling upgrade or after rolling the application back: startup goes on with a WARNING that
 * names the changesets, and nothing in the database or the changelog is changed.
 */
@ExtendWith(OutputCaptureExtension.class)
class NewerDatabaseTests {

	private static final String NEWER_CHANGESET = """
			- changeSet:
			    id: audit-entries
			    author: release-2
			    changes:
			    - createTable:
			        tableName: audit_entries
			        columns:
			        - column:
			            name: id
			            type: bigint
			""";

	@TempDir
	Path outputDir;

	@TempDir
	Path project;

	private final String url = "jdbc:h2:mem:newer-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@Test
	void startsWithAWarningThatNamesTheChangesetsItDoesNotKnow(CapturedOutput output) throws Exception {
		BadInputApplication application = BadInputApplication.of(NotesConfiguration.class, url, outputDir);
		application.starts();
		String release1 = Files.readString(outputDir.resolve("db.changelog-schema-bootstrap.yaml"));
		Path changelog = project.resolve("changelog.yaml");
		// Release 2 added a changeset and migrated the database.
		Files.writeString(changelog, release1 + NEWER_CHANGESET);
		application.with("spring.liquibase.change-log=" + changelog.toUri())
			.starts((context) -> new JdbcTemplate(context.getBean(DataSource.class))
				.update("insert into notes (id, text) values (1, 'kept')"));
		// Release 1 again, with its own changelog.
		Files.writeString(changelog, release1);
		DatabaseSnapshot before = DatabaseSnapshot.of(url);
		int logged = output.getOut().length();

		application.with("spring.liquibase.change-log=" + changelog.toUri()).starts((context) -> {
			SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
			assertThat(bootstrapper.getFindings().atLeast(Severity.ERROR).asList()).isEmpty();
		});

		// The log pattern depends on which logging system earlier tests set up: the level, then the message.
		assertThat(output.getOut().substring(logged).lines().filter((line) -> line.contains("NewerDatabaseCheck")))
			.singleElement()
			.asString()
			.contains("WARN")
			.endsWith("The database was migrated by a newer version of the application: 1 changeset(s) in"
				+ " DATABASECHANGELOG are not in " + changelog.toUri() + ": schema-bootstrap/changelog::audit-entries::"
				+ "release-2. Starting anyway (expected during a rolling upgrade or after rolling the application"
				+ " back); if this version should be the newest, deploy the changelog that has them, and never delete"
				+ " them from DATABASECHANGELOG.");
		assertThat(DatabaseSnapshot.of(url)).isEqualTo(before);
		assertThat(Files.readString(changelog)).isEqualTo(release1);
	}

	@Test
	void saysNothingWhenTheDatabaseHasOnlyTheChangelogsChangesets(CapturedOutput output) {
		BadInputApplication application = BadInputApplication.of(NotesConfiguration.class, url, outputDir);
		application.starts();
		application.starts();
		assertThat(output.getOut()).doesNotContain("migrated by a newer version");
	}

}
