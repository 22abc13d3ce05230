package dev.schemabootstrap.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.schemabootstrap.autoconfigure.fixtures.lint.v1.LintConfiguration;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration-safety lint at startup on PostgreSQL ({@value TestDatabase#POSTGRES_URL}; skipped without it): a
 * hand-written changeset creating an index on a table with rows is a WARNING before Liquibase applies it, and never
 * again once applied; with {@code fail-on=warning} startup stops before it runs; the changesets Schema Bootstrap writes
 * for review are linted too.
 */
class MigrationSafetyAtStartupTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	@TempDir
	Path directory;

	private static final String CHANGELOG = """
			databaseChangeLog:
			  - changeSet:
			      id: entries
			      author: dev
			      changes:
			        - createTable:
			            tableName: entries
			            columns:
			              - column: {name: id, type: bigint, constraints: {primaryKey: true}}
			              - column: {name: amount, type: bigint}
			              - column: {name: note, type: varchar(50)}
			        - insert:
			            tableName: entries
			            columns:
			              - column: {name: id, valueNumeric: 1}
			              - column: {name: note, value: kept}
			""";

	private static String index(String id, String column) {
		return """
				  - changeSet:
				      id: %s
				      author: dev
				      changes:
				        - createIndex:
				            tableName: entries
				            indexName: idx_entries_%s
				            columns:
				              - column: {name: %s}
				""".formatted(id, column, column);
	}

	private ApplicationContextRunner application(Class<?> configuration, String changelog) throws Exception {
		Path file = directory.resolve("changelog.yaml");
		Files.writeString(file, changelog);
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class))
			.withUserConfiguration(configuration)
			.withPropertyValues("spring.datasource.url=" + database.url(),
					"spring.liquibase.change-log=" + file.toUri(),
					"schema-bootstrap.changelog.output-dir=" + directory.resolve("out"));
	}

	@Test
	void aPendingHandWrittenIndexOnATableWithRowsIsAWarningOnceAndStopsStartupBeforeItRunsAtFailOnWarning()
			throws Exception {
		application(LintConfiguration.class, CHANGELOG).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(lint(context.getBean(SchemaBootstrapper.class).getFindings())).isEmpty();
		});

		String withIndex = CHANGELOG + index("entries-note-index", "note");
		application(LintConfiguration.class, withIndex).run((context) -> {
			assertThat(context).hasNotFailed();
			List<Finding> lint = lint(context.getBean(SchemaBootstrapper.class).getFindings());
			assertThat(lint).singleElement().satisfies((finding) -> {
				assertThat(finding.id()).isEqualTo("unsafe-index-creation");
				assertThat(finding.subject()).isEqualTo("entries.idx_entries_note");
				assertThat(finding.message()).contains("changeset 'entries-note-index'");
			});
		});
		assertThat(history()).contains("entries-note-index");

		// Applied: never reported again.
		application(LintConfiguration.class, withIndex).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(lint(context.getBean(SchemaBootstrapper.class).getFindings())).isEmpty();
		});

		application(LintConfiguration.class, withIndex + index("entries-amount-index", "amount"))
			.withPropertyValues("schema-bootstrap.validation.fail-on=warning")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(SchemaValidationException.class)
					.hasMessageContaining("[unsafe-index-creation]")
					.hasMessageContaining("entries.idx_entries_amount");
			});
		assertThat(history()).doesNotContain("entries-amount-index");
	}

	@Test
	void theChangesetsWrittenForReviewAreLintedBesideChangelogBehindModel() throws Exception {
		// The changelog made the ledger table and a row; the entity now indexes a column of it.
		application(dev.schemabootstrap.autoconfigure.fixtures.lint.v2.LintConfiguration.class,
				CHANGELOG.replace("entries", "ledger"))
			.run((context) -> {
				assertThat(context).hasFailed();
				Findings findings = ((SchemaValidationException) context.getStartupFailure()).getAll();
				assertThat(findings.withId("changelog-behind-model").asList()).hasSize(1);
				assertThat(findings.withId("unsafe-index-creation").asList()).singleElement()
					.satisfies((finding) -> assertThat(finding.subject()).isEqualTo("ledger.idx_ledger_note"));
			});
	}

	private static List<Finding> lint(Findings findings) {
		return findings.stream()
			.filter((finding) -> finding.id().startsWith("unsafe-") || finding.id().startsWith("table-rewriting"))
			.toList();
	}

	private List<String> history() throws Exception {
		List<String> ids = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(database.url());
				ResultSet rows = connection.createStatement().executeQuery("select id from databasechangelog")) {
			while (rows.next()) {
				ids.add(rows.getString(1));
			}
		}
		return ids;
	}

}
