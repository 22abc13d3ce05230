package dev.schemabootstrap.autoconfigure;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.support.TransactionTemplate;

import dev.schemabootstrap.autoconfigure.fixtures.notebook.Notebook;
import dev.schemabootstrap.autoconfigure.fixtures.notebook.NotebookConfiguration;
import dev.schemabootstrap.autoconfigure.fixtures.notebook.Page;
import dev.schemabootstrap.autoconfigure.health.SchemaHealthIndicator;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HSQLDB and Derby, Spring Boot's other embedded databases, whose catalogs Schema Bootstrap does not read: the
 * generated changelog is applied by Liquibase and the entities work, drift is off with one INFO finding that says
 * so, and a second start on the same database is clean. Nothing stops startup because of the database.
 */
class EmbeddedDatabasesWithoutCatalogReaderTests {

	@TempDir
	static Path databaseDir;

	@TempDir
	Path outputDir;

	static Stream<Arguments> databases() {
		String name = "notes_" + UUID.randomUUID().toString().substring(0, 8);
		return Stream.of(Arguments.of("HSQL Database Engine", "jdbc:hsqldb:mem:" + name),
				Arguments.of("HSQL Database Engine", "jdbc:hsqldb:file:" + databaseDir.resolve("hsqldb/" + name)),
				Arguments.of("Apache Derby", "jdbc:derby:memory:" + name + ";create=true"),
				Arguments.of("Apache Derby", "jdbc:derby:" + databaseDir.resolve("derby/" + name) + ";create=true"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("databases")
	void theChangelogAppliesTheEntitiesWorkAndDriftIsOffWithOneInfoFinding(String product, String url) {
		Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		application(url).run((context) -> {
			assertThat(context).hasNotFailed();
			assertDriftOff(context, product);
			assertThat(jdbc(context).queryForObject("select count(*) from DATABASECHANGELOG", Integer.class))
				.isPositive();
			Jpa jpa = new Jpa(context);
			jpa.write((em) -> {
				Notebook notebook = new Notebook("Field notes", created);
				em.persist(notebook);
				em.persist(new Page(notebook, "x".repeat(10_000), new BigDecimal("12.50"), true));
			});
		});
		application(url).run((context) -> {
			assertThat(context).hasNotFailed();
			assertDriftOff(context, product);
			Findings findings = context.getBean(SchemaBootstrapper.class).getFindings();
			assertThat(findings.withId("changelog-behind-model").asList()).isEmpty();
			assertThat(findings.withId(FindingId.UNMANAGED_DATABASE.id()).asList()).isEmpty();
			Page page = new Jpa(context).read((em) -> em
				.createQuery("select p from Page p join fetch p.notebook", Page.class)
				.getSingleResult());
			assertThat(page.getNotebook().getTitle()).isEqualTo("Field notes");
			assertThat(page.getNotebook().getCreated()).isEqualTo(created);
			assertThat(page.getText()).hasSize(10_000);
			assertThat(page.getWeight()).isEqualByComparingTo("12.5");
			assertThat(page.isDraft()).isTrue();
		});
	}

	static Stream<Arguments> emptyDatabases() {
		String name = "legacy_" + UUID.randomUUID().toString().substring(0, 8);
		return Stream.of(Arguments.of("HSQL Database Engine", "jdbc:hsqldb:mem:" + name),
				Arguments.of("Apache Derby", "jdbc:derby:memory:" + name + ";create=true"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("emptyDatabases")
	void aDatabaseWithTablesButNoHistoryIsNotAdoptedBlindlyAndNothingRunsAgainstIt(String product, String url)
			throws Exception {
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			connection.createStatement().execute("CREATE TABLE notebooks (id BIGINT PRIMARY KEY, name VARCHAR(10))");
			application(url).run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(SchemaValidationException.class)
					.hasMessageContaining("[unmanaged-database] datasource: The database has 1 tables but Liquibase"
							+ " never ran on it, and Schema Bootstrap cannot read the catalog of " + product);
			});
			try (ResultSet tables = connection.getMetaData()
				.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
				List<String> names = new java.util.ArrayList<>();
				while (tables.next()) {
					names.add(tables.getString("TABLE_NAME"));
				}
				assertThat(names).containsExactly("NOTEBOOKS");
			}
		}
	}

	private static void assertDriftOff(AssertableApplicationContext context, String product) {
		SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
		Findings findings = bootstrapper.getFindings();
		assertThat(bootstrapper.isDriftChecked()).isFalse();
		assertThat(findings.withId("schema-drift").asList()).isEmpty();
		List<Finding> driftOff = findings.withId("drift-unsupported-database").asList();
		assertThat(driftOff).singleElement().satisfies((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.message()).contains(product).contains("drift is off");
		});
		assertThat(findings.atLeast(Severity.WARNING).asList()).as("%s", findings).isEmpty();
		Health health = new SchemaHealthIndicator(bootstrapper, () -> null).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("drift", "off")
			.containsEntry("findings", java.util.Map.of("error", 0L, "warning", 0L, "info", 1L));
	}

	private ApplicationContextRunner application(String url) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					TransactionAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
					LiquibaseAutoConfiguration.class, SchemaBootstrapAutoConfiguration.class))
			.withUserConfiguration(NotebookConfiguration.class)
			.withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=sa",
					"schema-bootstrap.changelog.output-dir=" + outputDir, "spring.jpa.open-in-view=false");
	}

	private static JdbcTemplate jdbc(AssertableApplicationContext context) {
		return new JdbcTemplate(context.getBean(DataSource.class));
	}

	private record Jpa(TransactionTemplate transactions, EntityManager entityManager) {

		Jpa(AssertableApplicationContext context) {
			this(context.getBean(TransactionTemplate.class),
					SharedEntityManagerCreator.createSharedEntityManager(context.getBean(EntityManagerFactory.class)));
		}

		<T> T read(java.util.function.Function<EntityManager, T> work) {
			return transactions.execute((status) -> work.apply(entityManager));
		}

		void write(java.util.function.Consumer<EntityManager> work) {
			transactions.executeWithoutResult((status) -> work.accept(entityManager));
		}

	}

}
