package dev.schemabootstrap.autoconfigure.badinput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.schemabootstrap.autoconfigure.badinput.notes.NotesConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hand-written changeset that fails half-way: it creates a table, then alters one that does not exist. A
 * database with transactional DDL rolls the whole changeset back; one without keeps the table, and the report
 * lists exactly that statement as run and not rolled back. Either way the database holds exactly what the report
 * says and nothing else, and the changelog is unchanged.
 */
abstract class HalfFailedChangeSetScenario {

	static final String CHANGELOG = """
			databaseChangeLog:
			  - changeSet:
			      id: tasks
			      author: tests
			      changes:
			        - createTable:
			            tableName: half_done
			            columns:
			              - column:
			                  name: id
			                  type: int
			        - addColumn:
			            tableName: tasks
			            columns:
			              - column:
			                  name: priority
			                  type: int
			""";

	@TempDir
	Path outputDir;

	@TempDir
	Path project;

	/** The JDBC URL of a database of this test class's own. */
	abstract String url();

	/** The database's name where SQL qualifies tables with it (MariaDB), else empty. */
	String databaseName() {
		return "";
	}

	/**
	 * The description the failure analysis gives, {@code %1$s} standing for the changelog's path and {@code %2$s}
	 * for {@link #databaseName()}.
	 */
	abstract String expectedDescription();

	/** The table the database keeps from the failed changeset, as the snapshot names it, or null. */
	abstract String keptTable();

	@Test
	void reportsExactlyWhatRanAndTheDatabaseHoldsExactlyThat() throws Exception {
		BadInputApplication application = BadInputApplication.of(NotesConfiguration.class, url(),
				outputDir);
		application.starts((context) -> new JdbcTemplate(context.getBean(DataSource.class))
			.update("insert into notes (id, text) values (1, 'kept')"));
		DatabaseSnapshot before = DatabaseSnapshot.of(url());
		Path changelog = Files.writeString(project.resolve("changelog.yaml"), CHANGELOG);

		FailureAnalysis analysis = application.with("spring.liquibase.change-log=" + changelog.toUri())
			.failsToStart();

		// MariaDB numbers its connections in its messages.
		assertThat(analysis.getDescription().replaceAll("\\(conn=\\d+\\)", "(conn=<id>)"))
			.isEqualTo(expectedDescription().formatted(changelog, databaseName()));
		assertThat(Files.readString(changelog)).isEqualTo(CHANGELOG);
		DatabaseSnapshot after = DatabaseSnapshot.of(url());
		if (keptTable() == null) {
			assertThat(after).isEqualTo(before);
			assertThat(analysis.getAction()).isEqualTo("Fix the failing statement of changeset 'tasks' in file:"
					+ changelog + ". Then start again: the changeset runs again from its first statement.");
		}
		else {
			Map<String, java.util.List<String>> kept = new TreeMap<>(after.tables());
			assertThat(kept.remove(keptTable())).as("the table the report lists").isNotNull();
			assertThat(new DatabaseSnapshot(kept)).as("everything else, history included").isEqualTo(before);
			assertThat(analysis.getAction()).isEqualTo("Fix the failing statement of changeset 'tasks' in file:"
					+ changelog + ". Before the next start, undo the 1 statement(s) listed above by hand (or guard them"
					+ " with preconditions): the next start runs the changeset again from its first statement, and"
					+ " they would fail or run twice.");
		}
	}

}
