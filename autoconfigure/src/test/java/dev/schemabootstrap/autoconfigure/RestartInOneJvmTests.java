package dev.schemabootstrap.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.schemabootstrap.autoconfigure.fixtures.devloop.v1.DevLoopConfiguration;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application started again in the same JVM (a DevTools restart, or another test context) after its changelog
 * gained a changeset: Liquibase keeps, JVM-wide, that the database was up to date with that changelog at the last
 * start, and would skip the new changeset without looking.
 */
class RestartInOneJvmTests {

	@TempDir
	Path directory;

	private ApplicationContextRunner application() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class))
			.withUserConfiguration(DevLoopConfiguration.class)
			.withPropertyValues("spring.datasource.url=" + url(),
					"spring.liquibase.change-log=" + changelog().toUri(),
					"schema-bootstrap.changelog.output-dir=" + directory.resolve("out"));
	}

	@Test
	void aChangesetAddedSinceTheLastStartInTheSameJvmIsApplied() throws Exception {
		Files.writeString(changelog(), """
				databaseChangeLog:
				- changeSet:
				    id: notes
				    author: me
				    changes:
				    - createTable:
				        tableName: notes
				        columns:
				        - column: {name: id, type: bigint, constraints: {primaryKey: true, nullable: false}}
				        - column: {name: text, type: varchar(20)}
				""");
		application().run((context) -> assertThat(context).hasNotFailed());
		// Started again with nothing new: Liquibase now holds the database for up to date with this changelog.
		application().run((context) -> assertThat(context).hasNotFailed());
		Files.writeString(changelog(), Files.readString(changelog()) + """
				- changeSet:
				    id: notes-remark
				    author: me
				    changes:
				    - addColumn:
				        tableName: notes
				        columns:
				        - column: {name: remark, type: varchar(10)}
				""");

		application().run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SchemaBootstrapper.class).getFindings().atLeast(Severity.ERROR).asList())
				.isEmpty();
		});
		try (Connection connection = DriverManager.getConnection(url());
				ResultSet columns = connection.getMetaData().getColumns(null, null, "NOTES", "REMARK")) {
			assertThat(columns.next()).as("notes.remark added by the start after").isTrue();
		}
	}

	private String url() {
		return "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath() + ";USER=sa";
	}

	private Path changelog() {
		return directory.resolve("changelog.yaml");
	}

}
