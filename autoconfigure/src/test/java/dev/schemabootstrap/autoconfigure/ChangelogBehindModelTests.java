package dev.schemabootstrap.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.schemabootstrap.autoconfigure.fixtures.shop.ShopConfiguration;
import dev.schemabootstrap.changelog.NextChangelog;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with a changelog of its own ({@code verify} mode) whose entities moved ahead of it.
 */
class ChangelogBehindModelTests {

	@TempDir
	Path outputDir;

	private final String url = "jdbc:h2:mem:behind-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class))
			.withUserConfiguration(ShopConfiguration.class)
			.withPropertyValues("spring.datasource.url=" + url, "schema-bootstrap.changelog.output-dir=" + outputDir);
	}

	@Test
	void stopsWithTheChangesetsToAddAndThoseChangesetsCloseTheGap() throws Exception {
		contextRunner().withPropertyValues("spring.liquibase.change-log=classpath:db/verify/changelog.yaml")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).isInstanceOf(SchemaValidationException.class)
					.hasMessageContaining("[changelog-behind-model] classpath:db/verify/changelog.yaml: The entities"
							+ " have changes that no changeset of classpath:db/verify/changelog.yaml covers: 2 sequences and"
							+ " 3 tables to add")
					// The fixes are in the failure analysis, not the exception's message.
					.satisfies((failure) -> assertThat(((SchemaValidationException) failure).getFailing().toString())
						.contains("db.changelog-schema-bootstrap-next.yaml"));
			});
		Path next = outputDir.resolve("db.changelog-schema-bootstrap-next.yaml");
		assertThat(Files.readString(next)).contains("logicalFilePath: schema-bootstrap/changelog-next")
			.contains("id: table-purchasing.suppliers")
			.contains("id: table-batches")
			.contains("id: sequence-batches_seq")
			.doesNotContain("drop");
		// The reviewed changesets, applied as the application's changelog: the tables now match the entities.
		contextRunner().withPropertyValues("spring.liquibase.change-log=" + next.toUri()).run((context) -> {
			assertThat(context).hasNotFailed();
			SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
			assertThat(bootstrapper.getFindings().atLeast(Severity.ERROR)).isEmpty();
			assertThat(bootstrapper.getFindings().withId("schema-drift").asList()).extracting("subject")
				.containsExactly("hand_written");
		});
	}

	@Test
	void inGenerateModeTheChangesetsTheChangelogLacksAreAppliedAfterItAndWrittenForReview() throws Exception {
		String[] generateOnTop = { "spring.liquibase.change-log=classpath:db/verify/changelog.yaml",
				"schema-bootstrap.changelog.mode=generate" };
		contextRunner().withPropertyValues(generateOnTop).run((context) -> {
			assertThat(context).hasNotFailed();
			SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
			assertThat(bootstrapper.getChangelogLocation()).isEqualTo("classpath:db/verify/changelog.yaml");
			assertThat(bootstrapper.getFindings().withId("changelog-behind-model").asList()).isEmpty();
			assertThat(bootstrapper.getFindings().withId("schema-drift").asList()).extracting("subject")
				.containsExactly("hand_written");
		});
		Path next = outputDir.resolve("db.changelog-schema-bootstrap-next.yaml");
		assertThat(next).content().contains("id: table-batches").doesNotContain("drop");
		assertThat(outputDir.resolve("db.changelog-schema-bootstrap.yaml")).as("no whole changelog beside it")
			.doesNotExist();
		// A restart finds nothing more to add, and the application's changelog and the added changesets are each
		// recorded once, under their own paths.
		contextRunner().withPropertyValues(generateOnTop).run((context) -> assertThat(context).hasNotFailed());
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet rows = connection.createStatement()
					.executeQuery("select filename, count(*), count(distinct id) from databasechangelog"
							+ " group by filename order by filename")) {
			java.util.List<String> recorded = new java.util.ArrayList<>();
			while (rows.next()) {
				assertThat(rows.getInt(2)).isEqualTo(rows.getInt(3));
				recorded.add(rows.getString(1));
			}
			assertThat(recorded).hasSize(2).first().isEqualTo("db/verify/changelog.yaml");
			assertThat(recorded.get(1)).startsWith(NextChangelog.LOGICAL_PATH_PREFIX)
				.isEqualTo(Files.readString(next).lines()
					.filter((line) -> line.startsWith("- logicalFilePath: "))
					.findFirst()
					.orElseThrow()
					.substring("- logicalFilePath: ".length()));
		}
	}

	/**
	 * The shop's generated changelog plus what entities since removed had generated: a table and a column, both
	 * holding data once the changelog is applied.
	 */
	private Path changelogWithRemovedParts() throws Exception {
		contextRunner().run((generated) -> assertThat(generated).hasNotFailed());
		String generated = Files.readString(outputDir.resolve("db.changelog-schema-bootstrap.yaml"));
		Path changelog = outputDir.resolve("app/changelog.yaml");
		Files.createDirectories(changelog.getParent());
		Files.writeString(changelog, generated + """
				- changeSet:
				    id: generated-earlier
				    author: schema-bootstrap
				    changes:
				    - createTable:
				        tableName: retired
				        columns:
				        - column:
				            name: id
				            type: bigint
				    - addColumn:
				        tableName: batches
				        columns:
				        - column:
				            name: nickname
				            type: varchar(20)
				    - sql:
				        sql: insert into retired (id) values (1)
				""");
		return changelog;
	}

	@Test
	void aTableOrColumnTheEntitiesDroppedIsAFindingShowingTheChangesetAndStays() throws Exception {
		Path changelog = changelogWithRemovedParts();
		contextRunner().withPropertyValues("spring.liquibase.change-log=" + changelog.toUri()).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).isInstanceOf(SchemaValidationException.class)
				.hasMessageContaining("[changelog-behind-model] batches.nickname: Column batches.nickname is created"
						+ " by the changelog but the entity no longer maps it; dropping it would lose its values, so no"
						+ " changeset is generated.")
				.hasMessageContaining("[changelog-behind-model] retired: Table retired")
				// The fixes are in the failure analysis, not the exception's message.
				.satisfies((failure) -> assertThat(((SchemaValidationException) failure).getFailing().toString())
					.contains("schema-bootstrap.changelog.allow-destructive=true", "id: drop-column-batches.nickname",
							"dropTable:"));
		});
		assertThat(outputDir.resolve("db.changelog-schema-bootstrap-next.yaml")).doesNotExist();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet rows = connection.createStatement().executeQuery("select count(*) from retired")) {
			rows.next();
			assertThat(rows.getInt(1)).isEqualTo(1);
			assertThat(new JdbcColumns(connection).of("BATCHES")).contains("NICKNAME");
		}
	}

	@Test
	void withAllowDestructiveTheDropsAreWrittenAndOnceAppliedTheyAreGone() throws Exception {
		Path changelog = changelogWithRemovedParts();
		contextRunner()
			.withPropertyValues("spring.liquibase.change-log=" + changelog.toUri(),
					"schema-bootstrap.changelog.allow-destructive=true")
			.run((context) -> assertThat(context.getStartupFailure()).isInstanceOf(SchemaValidationException.class)
				.hasMessageContaining("2 destructive changes to add")
				// The fixes are in the failure analysis, not the exception's message.
				.satisfies((failure) -> assertThat(((SchemaValidationException) failure).getFailing().toString())
					.contains("they DROP or NARROW what is listed"))
				.hasMessageNotContaining("[changelog-behind-model] retired"));
		Path next = outputDir.resolve("db.changelog-schema-bootstrap-next.yaml");
		assertThat(Files.readString(next)).contains("id: drop-column-batches.nickname", "id: drop-table-retired");
		contextRunner().withPropertyValues("spring.liquibase.change-log=" + next.toUri()).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SchemaBootstrapper.class).getFindings().withId("changelog-behind-model"))
				.isEmpty();
		});
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			assertThat(new JdbcColumns(connection).of("BATCHES")).doesNotContain("NICKNAME");
			assertThat(connection.getMetaData().getTables(null, null, "RETIRED", null).next()).isFalse();
		}
	}

	/** The columns of a table of the default schema, as the database names them. */
	private record JdbcColumns(Connection connection) {

		java.util.List<String> of(String table) throws java.sql.SQLException {
			java.util.List<String> columns = new java.util.ArrayList<>();
			try (ResultSet rows = connection.getMetaData().getColumns(null, null, table, null)) {
				while (rows.next()) {
					columns.add(rows.getString("COLUMN_NAME"));
				}
			}
			return columns;
		}

	}

	@Test
	void saysNothingWhenTheChangelogCoversTheModel() {
		contextRunner().run((generated) -> assertThat(generated).hasNotFailed());
		Path generated = outputDir.resolve("db.changelog-schema-bootstrap.yaml");
		contextRunner().withPropertyValues("spring.liquibase.change-log=" + generated.toUri()).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SchemaBootstrapper.class).getFindings().withId("changelog-behind-model"))
				.isEmpty();
		});
	}

}
