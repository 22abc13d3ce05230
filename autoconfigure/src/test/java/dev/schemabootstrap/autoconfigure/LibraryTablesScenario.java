package dev.schemabootstrap.autoconfigure;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.session.autoconfigure.SessionAutoConfiguration;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import dev.schemabootstrap.autoconfigure.fixtures.flyway.FlywayBuiltConfiguration;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Batch and Spring Session JDBC create their own tables ({@code BATCH_*}, {@code SPRING_SESSION*}) at startup
 * with their own schema scripts ({@code spring.batch.jdbc.initialize-schema},
 * {@code spring.session.jdbc.initialize-schema}), beside the entities, and possibly before Liquibase runs. Those tables
 * are the library's: the first start on an empty database creates the model's tables, a restart finds no drift, and a
 * database where the library made its tables before Liquibase ever ran is still an empty one to the model.
 */
abstract class LibraryTablesScenario {

	@TempDir
	Path outputDir;

	/** A database of the test's own that outlives each application context, emptied before each test. */
	abstract String url();

	@BeforeEach
	void emptyDatabase() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			if (url().startsWith("jdbc:postgresql")) {
				statement.execute("DROP SCHEMA public CASCADE");
				statement.execute("CREATE SCHEMA public");
			}
			else {
				statement.execute("DROP ALL OBJECTS");
			}
		}
	}

	private WebApplicationContextRunner application(Library library) {
		return new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class))
			.withConfiguration(library.configurations)
			.withUserConfiguration(FlywayBuiltConfiguration.class)
			.withPropertyValues("spring.datasource.url=" + url(), "schema-bootstrap.changelog.output-dir=" + outputDir,
					library.initializeSchema + "=always");
	}

	/** The library alone, as an application that did not have the starter yet, or one whose library ran first. */
	private WebApplicationContextRunner libraryAlone(Library library) {
		return new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					DataSourceTransactionManagerAutoConfiguration.class))
			.withConfiguration(library.configurations)
			.withPropertyValues("spring.datasource.url=" + url(), library.initializeSchema + "=always");
	}

	@Test
	void springBatchsTablesAreNoDriftAtTheFirstStartAndTheRestart() throws SQLException {
		firstStartAndRestart(Library.BATCH);
	}

	@Test
	void springBatchsTablesMadeBeforeLiquibaseFirstRanAreNoExistingDatabase() throws SQLException {
		libraryAlone(Library.BATCH).run((context) -> assertThat(context).hasNotFailed());
		assertThat(tables()).contains("batch_job_instance").doesNotContain("customer");
		firstStartAndRestart(Library.BATCH);
	}

	@Test
	void springSessionsTablesAreNoDriftAtTheFirstStartAndTheRestart() throws SQLException {
		firstStartAndRestart(Library.SESSION);
	}

	@Test
	void springSessionsTablesMadeBeforeLiquibaseFirstRanAreNoExistingDatabase() throws SQLException {
		libraryAlone(Library.SESSION).run((context) -> assertThat(context).hasNotFailed());
		assertThat(tables()).contains("spring_session").doesNotContain("customer");
		firstStartAndRestart(Library.SESSION);
	}

	@Test
	void tablesOfALibraryWhoseInitializerIsOffAreTheApplicationsLikeAnyOther() throws SQLException {
		// Made by Spring Batch once; now initialize-schema=never: the application keeps them (a DBA, a changeset),
		// so they are compared with the model, and a database with them and no Liquibase history is not empty.
		libraryAlone(Library.BATCH).run((context) -> assertThat(context).hasNotFailed());
		application(Library.BATCH).withPropertyValues(Library.BATCH.initializeSchema + "=never")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("[unmanaged-database]")
				.hasMessageContaining("[schema-drift] customer"));
		assertThat(tables()).doesNotContain("customer", "databasechangelog");
	}

	private void firstStartAndRestart(Library library) throws SQLException {
		for (int start = 1; start <= 2; start++) {
			application(library).run((context) -> {
				assertThat(context).hasNotFailed();
				SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
				assertThat(bootstrapper.isDriftChecked()).isTrue();
				assertThat(bootstrapper.getFindings().asList()).as(bootstrapper.getFindings().toString())
					.extracting(Finding::id)
					.doesNotContain(FindingId.UNMANAGED_DATABASE.id(), FindingId.SCHEMA_DRIFT.id(),
							FindingId.CONFLICTING_SCHEMA_INITIALIZER.id());
			});
			assertThat(tables()).contains("customer", "databasechangelog", library.table);
		}
	}

	private List<String> tables() throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection connection = connect();
				ResultSet rows = connection.getMetaData()
					.getTables(null, url().startsWith("jdbc:postgresql") ? "public" : "PUBLIC", "%",
							new String[] { "TABLE" })) {
			while (rows.next()) {
				tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return tables;
	}

	/** The server's URL names its user; H2's user is the one Spring Boot gives an embedded database. */
	private Connection connect() throws SQLException {
		return url().startsWith("jdbc:postgresql") ? DriverManager.getConnection(url())
				: DriverManager.getConnection(url(), "sa", "");
	}

	private enum Library {

		BATCH("spring.batch.jdbc.initialize-schema", "batch_job_execution", AutoConfigurations
			.of(BatchAutoConfiguration.class, BatchJdbcAutoConfiguration.class)),

		SESSION("spring.session.jdbc.initialize-schema", "spring_session", AutoConfigurations
			.of(SessionAutoConfiguration.class, JdbcSessionAutoConfiguration.class));

		private final String initializeSchema;

		private final String table;

		private final AutoConfigurations configurations;

		Library(String initializeSchema, String table, AutoConfigurations configurations) {
			this.initializeSchema = initializeSchema;
			this.table = table;
			this.configurations = configurations;
		}

	}

}
