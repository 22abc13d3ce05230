package dev.schemabootstrap.autoconfigure.badinput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.schemabootstrap.autoconfigure.badinput.notes.NotesConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own changelog, malformed: startup stops naming the file, the place and what to do; the
 * changelog is left byte for byte as it was and the database, already migrated and holding a row, is unchanged.
 */
class MalformedChangelogTests {

	private static final String NOTHING_APPLIED = "Nothing was applied: Liquibase reads and checks the whole"
			+ " changelog before it runs any changeset.";

	@TempDir
	Path outputDir;

	@TempDir
	Path project;

	private final String url = "jdbc:h2:mem:changelogs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private BadInputApplication application;

	private DatabaseSnapshot before;

	private Path changelog;

	private String written;

	@BeforeEach
	void migrateAndAddARow() {
		application = BadInputApplication.of(NotesConfiguration.class, url, outputDir);
		application.starts((context) -> new JdbcTemplate(context.getBean(DataSource.class))
			.update("insert into notes (id, text) values (1, 'kept')"));
		before = DatabaseSnapshot.of(url);
	}

	@AfterEach
	void changelogAndDatabaseAreUnchanged() throws Exception {
		assertThat(Files.readString(changelog)).isEqualTo(written);
		assertThat(DatabaseSnapshot.of(url)).isEqualTo(before);
	}

	@Test
	void badYaml() throws Exception {
		FailureAnalysis analysis = failsWith("changelog.yaml", """
				databaseChangeLog:
				  - changeSet:
				      id: 1
				     author: tests
				""");
		assertThat(analysis.getDescription()).isEqualTo("The changelog " + changelog.toUri() + " is not valid YAML,"
				+ " at line 4, column 6: expected <block end>, but found '<block mapping start>' (while parsing a block"
				+ " mapping that starts at line 2, column 5).");
		assertThat(analysis.getAction()).isEqualTo("Fix the YAML at that line: most often a key is indented"
				+ " differently from the keys beside it. " + NOTHING_APPLIED);
	}

	@Test
	void unknownChangeType() throws Exception {
		FailureAnalysis analysis = failsWith("changelog.yaml", """
				databaseChangeLog:
				  - changeSet:
				      id: 1
				      author: tests
				      changes:
				        - createTabel:
				            tableName: notes_archive
				""");
		assertThat(analysis.getDescription())
			.isEqualTo("The changelog " + changelog.toUri() + " uses an unknown change type 'createTabel'.");
		assertThat(analysis.getAction()).isEqualTo("Correct the name of the change type (for example createTable,"
				+ " addColumn, createIndex, sql; names are case-sensitive), or add the jar of the Liquibase extension"
				+ " that provides it. " + NOTHING_APPLIED);
	}

	@Test
	void changesetOnAMissingTable() throws Exception {
		FailureAnalysis analysis = failsWith("changelog.yaml", """
				databaseChangeLog:
				  - changeSet:
				      id: add-priority
				      author: tests
				      changes:
				        - addColumn:
				            tableName: tasks
				            columns:
				              - column:
				                  name: priority
				                  type: int
				""");
		assertThat(analysis.getDescription()).isEqualTo("Liquibase could not apply changeset 'add-priority' by"
				+ " 'tests' of file:" + changelog + ".\n"
				+ "Failing statement: ALTER TABLE PUBLIC.tasks ADD priority INT\n"
				+ "Database error: Table \"TASKS\" not found; SQL statement: ALTER TABLE PUBLIC.tasks ADD priority INT"
				+ " [42102-240]\n"
				+ "It failed at its first statement: nothing of it was applied.");
		assertThat(analysis.getAction()).isEqualTo("Fix the failing statement of changeset 'add-priority' in file:"
				+ changelog + ". Then start again: the changeset runs again from its first statement.");
	}

	@Test
	void duplicateChangesetIds() throws Exception {
		FailureAnalysis analysis = failsWith("changelog.yaml", """
				databaseChangeLog:
				  - changeSet:
				      id: 1
				      author: tests
				      changes:
				        - sql:
				            sql: update notes set text = 'first'
				  - changeSet:
				      id: 1
				      author: tests
				      changes:
				        - sql:
				            sql: update notes set text = 'second'
				""");
		assertThat(analysis.getDescription()).isEqualTo("""
				Liquibase refused the changelog before running any changeset:
				  1 changesets had duplicate identifiers
				  file:%s::1::tests""".formatted(changelog));
		assertThat(analysis.getAction()).isEqualTo("Correct each problem listed above in the changelog. "
				+ NOTHING_APPLIED);
	}

	@Test
	void includeOfAMissingFile() throws Exception {
		FailureAnalysis analysis = failsWith("changelog.yaml", """
				databaseChangeLog:
				  - include:
				      file: changes/002-tasks.yaml
				      relativeToChangelogFile: true
				""");
		assertThat(analysis.getDescription()).isEqualTo("The changelog " + changelog.toUri() + " includes file:"
				+ project.resolve("changes/002-tasks.yaml") + ", which does not exist.");
		assertThat(analysis.getAction()).isEqualTo("Correct the path of the include (with 'relativeToChangelogFile:"
				+ " true' it is resolved beside the including file) or add the missing file. " + NOTHING_APPLIED);
	}

	@Test
	void malformedXml() throws Exception {
		FailureAnalysis analysis = failsWith("changelog.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
				  <changeSet id="1" author="tests">
				</databaseChangeLog>
				""");
		assertThat(analysis.getDescription()).isEqualTo("Liquibase could not read the changelog " + changelog.toUri()
				+ ": cvc-elt.1.a: Cannot find the declaration of element 'databaseChangeLog'.");
		assertThat(analysis.getAction()).isEqualTo("Fix the changelog at the place named above. " + NOTHING_APPLIED);
	}

	@Test
	void sqlSyntaxError() throws Exception {
		FailureAnalysis analysis = failsWith("changelog.yaml", """
				databaseChangeLog:
				  - changeSet:
				      id: archive
				      author: tests
				      changes:
				        - sql:
				            sql: create tabel notes_archive (id int)
				""");
		assertThat(analysis.getDescription()).isEqualTo("Liquibase could not apply changeset 'archive' by 'tests' of"
				+ " file:" + changelog + ".\n"
				+ "Failing statement: create tabel notes_archive (id int)\n"
				+ "Database error: Syntax error in SQL statement \"create [*]tabel notes_archive (id int)\"; expected"
				+ " \"OR REPLACE, FORCE, VIEW, MATERIALIZED, ALIAS, SEQUENCE, USER, TRIGGER, ROLE, SCHEMA, CONSTANT,"
				+ " DOMAIN, TYPE, AGGREGATE, LINKED, MEMORY, CACHED, LOCAL TEMPORARY, GLOBAL TEMPORARY, TEMPORARY, TABLE,"
				+ " SYNONYM, UNIQUE, SPATIAL, INDEX\"; SQL statement: create tabel notes_archive (id int) [42001-240]\n"
				+ "It failed at its first statement: nothing of it was applied.");
		assertThat(analysis.getAction()).isEqualTo("Fix the failing statement of changeset 'archive' in file:"
				+ changelog + ". Then start again: the changeset runs again from its first statement.");
	}

	@Test
	void changesetEditedAfterItWasApplied() throws Exception {
		// The generated changelog, owned by the application from now on, then edited after it was applied.
		String generated = Files.readString(outputDir.resolve("db.changelog-schema-bootstrap.yaml"));
		changelog = Files.writeString(project.resolve("changelog.yaml"), generated);
		written = generated;
		application.with("spring.liquibase.change-log=" + changelog.toUri()).starts();
		before = DatabaseSnapshot.of(url);
		String edited = generated.replace("varchar(255)", "varchar(300)");
		assertThat(edited).isNotEqualTo(generated);
		Files.writeString(changelog, edited);
		written = edited;
		FailureAnalysis analysis = application.with("spring.liquibase.change-log=" + changelog.toUri())
			.failsToStart();
		// Checksums depend on Liquibase's version; the rest of the message is exact.
		assertThat(analysis.getDescription()).matches("""
				Liquibase refused the changelog before running any changeset:
				  1 changesets check sum
				  schema-bootstrap/changelog::tables::schema-bootstrap was: 9:[0-9a-f]{32} but is now: 9:[0-9a-f]{32}""");
		assertThat(analysis.getAction()).isEqualTo("A changeset that was applied has been edited since: never edit"
				+ " an applied changeset. Revert the edit and make the change in a new changeset; if the edit changes"
				+ " nothing in the database (a comment, formatting), add 'validCheckSum: <the new checksum>' to the"
				+ " changeset. " + NOTHING_APPLIED);
	}

	@Test
	void twoFilesOfChangesetsWithTheLogicalPathOfEarlierVersionsAreAClashNotAnEdit() throws Exception {
		// As startup wrote them before each file got its own logical path: the same path and id in both files.
		String generated = Files.readString(outputDir.resolve("db.changelog-schema-bootstrap.yaml"));
		Files.writeString(project.resolve("next-1.yaml"), next("ix_notes_text"));
		changelog = Files.writeString(project.resolve("changelog.yaml"), generated + include("next-1.yaml"));
		written = Files.readString(changelog);
		application.with("spring.liquibase.change-log=" + changelog.toUri()).starts();
		before = DatabaseSnapshot.of(url);
		Files.writeString(project.resolve("next-2.yaml"), next("ix_notes_text_2"));
		Files.writeString(changelog, written + include("next-2.yaml"));
		written = Files.readString(changelog);
		FailureAnalysis analysis = application.with("spring.liquibase.change-log=" + changelog.toUri())
			.failsToStart();
		assertThat(analysis.getDescription()).contains("duplicate identifiers");
		assertThat(analysis.getAction()).startsWith("Two changesets share id, author and logical path")
			.doesNotContain("never edit")
			.endsWith(NOTHING_APPLIED);
	}

	private static String next(String type) {
		return """
				databaseChangeLog:
				- logicalFilePath: schema-bootstrap/changelog-next
				- changeSet:
				    id: index-notes-text
				    author: schema-bootstrap
				    changes:
				    - createIndex:
				        tableName: notes
				        indexName: %s
				        columns:
				        - column:
				            name: text
				""".formatted(type);
	}

	private static String include(String file) {
		return "- include:\n    file: " + file + "\n    relativeToChangelogFile: true\n";
	}

	private FailureAnalysis failsWith(String fileName, String content) throws Exception {
		changelog = Files.writeString(project.resolve(fileName), content);
		written = content;
		return application.with("spring.liquibase.change-log=" + changelog.toUri()).failsToStart();
	}

}
