package dev.schemabootstrap.autoconfigure;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.schemabootstrap.autoconfigure.fixtures.evolving.v1.NotesConfiguration;
import dev.schemabootstrap.migration.GeneratedChangelogEvolution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code generate} mode on a database that outlives the application: the entities change between two starts, so
 * the changelog generated at the second start differs from what the database recorded at the first.
 */
class GeneratedModeOnPersistentDatabaseTests {

	@TempDir
	Path outputDir;

	@TempDir
	Path databaseDir;

	private String url;

	@BeforeEach
	void fileDatabase() {
		url = "jdbc:h2:file:" + databaseDir.resolve("notes").toAbsolutePath();
	}

	private ApplicationContextRunner release(Class<?> configuration) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class))
			.withUserConfiguration(configuration)
			.withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=sa",
					"schema-bootstrap.changelog.output-dir=" + outputDir);
	}

	@Test
	void aChangedEntityIsAppliedAsNewChangesetsAndTheRowIsKept() throws Exception {
		release(NotesConfiguration.class).run((context) -> assertThat(context).hasNotFailed());
		execute("insert into notes (id, text) values (1, 'kept')");
		release(dev.schemabootstrap.autoconfigure.fixtures.evolving.v2.NotesConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SchemaBootstrapper.class).getFindings().asList()).isEmpty();
			// Liquibase was given only the new changesets: the regenerated table-notes would fail its checksum.
			assertThat(context.getBean(SchemaBootstrapper.class).getChangelogLocation())
				.endsWith(GeneratedChangelogEvolution.FILE_NAME + ".yaml");
		});
		assertThat(columns()).containsExactly("ID", "TEXT", "AUTHOR");
		assertThat(changeSetIds()).containsExactly("sequence-notes_seq", "table-notes", "column-notes.author");
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet rows = connection.createStatement().executeQuery("select text from notes")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("kept");
		}
	}

	@Test
	void onADatabaseWhoseCatalogIsNotReadAChangedEntityStopsStartupBeforeLiquibase() throws Exception {
		url = "jdbc:hsqldb:file:" + databaseDir.resolve("hsqldb/notes").toAbsolutePath();
		release(NotesConfiguration.class).run((context) -> assertThat(context).hasNotFailed());
		execute("insert into notes (id, text) values (1, 'kept')");
		release(dev.schemabootstrap.autoconfigure.fixtures.evolving.v2.NotesConfiguration.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(SchemaValidationException.class)
				.hasMessageContaining("[changelog-behind-model] schema-bootstrap/changelog: This database was built by"
						+ " the changelog Schema Bootstrap generated from earlier entities")
				.satisfies((failure) -> assertThat(((SchemaValidationException) failure).getFailing().toString())
					.contains("./mvnw compile schema-bootstrap:generate"));
		});
		// Liquibase did not run: the table is as the first release made it.
		assertThat(columns()).containsExactly("ID", "TEXT");
		release(dev.schemabootstrap.autoconfigure.fixtures.evolving.v2.NotesConfiguration.class)
			.withPropertyValues("schema-bootstrap.validation.fail-on=never")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(SchemaBootstrapper.class).getFindings().withId("changelog-behind-model"))
					.hasSize(1);
			});
		assertThat(columns()).containsExactly("ID", "TEXT");
	}

	@Test
	void theSameEntitiesStartAgainOnTheSameDatabase() throws Exception {
		startTwiceWithTheSameEntities();
		// One changeset per object on a database that keeps its data, so that a new entity only adds changesets.
		assertThat(changeSetIds()).contains("table-notes").doesNotContain("tables");
	}

	@Test
	void anInMemoryDatabaseThatOutlivesItsContextStartsAgainWithTheSameEntities() throws Exception {
		url = "jdbc:h2:mem:outlives-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		startTwiceWithTheSameEntities();
		assertThat(changeSetIds()).contains("tables").doesNotContain("table-notes");
	}

	private void startTwiceWithTheSameEntities() throws Exception {
		release(NotesConfiguration.class).run((context) -> assertThat(context).hasNotFailed());
		execute("insert into notes (id, text) values (1, 'kept')");
		release(NotesConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SchemaBootstrapper.class).getFindings().withId("changelog-behind-model"))
				.isEmpty();
		});
	}

	private void execute(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private List<String> changeSetIds() throws Exception {
		List<String> ids = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet rows = connection.createStatement()
					.executeQuery("select id from databasechangelog order by orderexecuted")) {
			while (rows.next()) {
				ids.add(rows.getString(1));
			}
		}
		return ids;
	}

	private List<String> columns() throws Exception {
		List<String> columns = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet rows = connection.getMetaData().getColumns(null, null, "NOTES", null)) {
			while (rows.next()) {
				columns.add(rows.getString("COLUMN_NAME"));
			}
		}
		return columns;
	}

}
