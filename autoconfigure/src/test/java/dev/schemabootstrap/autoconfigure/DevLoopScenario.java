package dev.schemabootstrap.autoconfigure;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.schemabootstrap.autoconfigure.fixtures.devloop.v1.DevLoopConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A developer's loop in {@code generate} mode on a database that keeps its data: edit an entity, restart, carry on.
 * Additive changes are applied as new generated changesets, recorded under a path of their own; a destructive one
 * stops startup and changes nothing.
 */
abstract class DevLoopScenario {

	@TempDir
	Path outputDir;

	/** A database of the test's own that outlives each application context. */
	abstract String url();

	private ApplicationContextRunner release(Class<?> configuration) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class))
			.withUserConfiguration(configuration)
			.withPropertyValues("spring.datasource.url=" + url(), "schema-bootstrap.changelog.output-dir=" + outputDir);
	}

	@Test
	void anEditedEntityIsAppliedAtTheNextStartAndTheRowsAreKept() throws Exception {
		release(DevLoopConfiguration.class).run((context) -> assertThat(context).hasNotFailed());
		execute("insert into notes (id, text) values (1, 'kept')");
		List<String> firstHistory = history();

		release(dev.schemabootstrap.autoconfigure.fixtures.devloop.v2.DevLoopConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed();
			SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
			assertThat(bootstrapper.isDriftChecked()).isTrue();
			// The evolution's index on notes, a table with rows, is built without CONCURRENTLY: a warning on
			// PostgreSQL only.
			assertThat(bootstrapper.getFindings().stream().map((finding) -> finding.id() + " " + finding.subject()))
				.containsExactlyElementsOf(url().startsWith("jdbc:postgresql")
						? List.of("unsafe-index-creation notes.notes_author_idx") : List.of());
		});
		assertThat(history()).startsWith(firstHistory.toArray(String[]::new));
		List<String> evolved = history().subList(firstHistory.size(), history().size());
		assertThat(evolved).isNotEmpty().allMatch((row) -> row.startsWith("schema-bootstrap/evolution-0001::"));
		// The new column NOT NULL got its default on the kept row; the wider text takes a long value.
		assertThat(query("select text, stars, author from notes where id = 1")).containsExactly("kept", "0", null);
		execute("update notes set text = '" + "x".repeat(150) + "', author = 'ann' where id = 1");
		execute("insert into tags (id, name) values (1, 'kept too')");
		assertThat(indexedColumns("notes")).contains("author");

		release(dev.schemabootstrap.autoconfigure.fixtures.devloop.v2.DevLoopConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SchemaBootstrapper.class).getFindings().asList()).isEmpty();
		});
		assertThat(history()).hasSize(firstHistory.size() + evolved.size());

		release(dev.schemabootstrap.autoconfigure.fixtures.devloop.v3.DevLoopConfiguration.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(SchemaValidationException.class)
				.hasMessageContaining("[changelog-behind-model]")
				.hasMessageContaining("no longer maps it");
		});
		assertThat(history()).hasSize(firstHistory.size() + evolved.size());
		assertThat(query("select author from notes where id = 1")).containsExactly("ann");
		assertThat(query("select name from tags where id = 1")).containsExactly("kept too");

		// Only when the data may go: the next edit's changesets get a path of their own.
		release(dev.schemabootstrap.autoconfigure.fixtures.devloop.v3.DevLoopConfiguration.class)
			.withPropertyValues("schema-bootstrap.changelog.allow-destructive=true")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(SchemaBootstrapper.class).getFindings().asList()).isEmpty();
			});
		assertThat(history().subList(firstHistory.size() + evolved.size(), history().size())).isNotEmpty()
			.allMatch((row) -> row.startsWith("schema-bootstrap/evolution-0002::"));
		assertThat(query("select text, stars from notes where id = 1")).containsExactly("x".repeat(150), "0");
	}

	private void execute(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(url()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private List<String> query(String sql) throws Exception {
		List<String> values = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url());
				ResultSet rows = connection.createStatement().executeQuery(sql)) {
			assertThat(rows.next()).isTrue();
			for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
				values.add(rows.getString(i));
			}
		}
		return values;
	}

	/** Every recorded changeset as {@code path::id}, in the order applied. */
	private List<String> history() throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url());
				ResultSet history = connection.createStatement()
					.executeQuery("select filename, id from databasechangelog order by orderexecuted")) {
			while (history.next()) {
				rows.add(history.getString(1) + "::" + history.getString(2));
			}
		}
		return rows;
	}

	private List<String> indexedColumns(String table) throws Exception {
		List<String> columns = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url())) {
			for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
				try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, name, false, false)) {
					while (indexes.next()) {
						columns.add(String.valueOf(indexes.getString("COLUMN_NAME")).toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		return columns;
	}

}
