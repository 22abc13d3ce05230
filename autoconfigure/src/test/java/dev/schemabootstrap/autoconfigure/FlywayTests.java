package dev.schemabootstrap.autoconfigure;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.schemabootstrap.autoconfigure.fixtures.flyway.FlywayBuiltConfiguration;
import dev.schemabootstrap.check.ConflictingSchemaInitializerCheck;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway beside the starter: two tools creating one schema stop startup before either writes DDL; Flyway's library
 * alone, which Spring Boot 4 does not run, gets a warning; and a database Flyway built is adopted once Flyway is
 * removed.
 */
class FlywayTests {

	/** What removing Flyway from the build leaves: neither its library nor Spring Boot's Flyway module. */
	private static ClassLoader withoutFlyway() {
		return new WithoutJars(List.of("flyway-core", "spring-boot-flyway"), "org.flywaydb.",
				"org.springframework.boot.flyway.");
	}

	/** {@code flyway-core} alone. */
	private static ClassLoader withoutSpringBootFlyway() {
		return new WithoutJars(List.of("spring-boot-flyway"), "org.springframework.boot.flyway.");
	}

	@TempDir
	Path outputDir;

	private final String url = "jdbc:h2:mem:flyway-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private ApplicationContextRunner contextRunner(Class<?>... more) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class))
			.withConfiguration(AutoConfigurations.of(more))
			.withUserConfiguration(FlywayBuiltConfiguration.class)
			.withPropertyValues("spring.datasource.url=" + url, "schema-bootstrap.changelog.output-dir=" + outputDir);
	}

	@Test
	void flywayMigratingBesideTheStarterStopsStartupBeforeAnyDdl() {
		contextRunner(FlywayAutoConfiguration.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(SchemaValidationException.class)
				.hasMessageContaining("[conflicting-schema-initializer] Flyway")
				.hasMessageContaining("classpath:db/migration");
		});
		assertThat(tables()).isEmpty();
	}

	/**
	 * A bean of the application that asks for Flyway's migration before anything else still gets the finding first:
	 * the EntityManagerFactory, created before the other singletons (it is load-time-weaver aware), depends on the
	 * bootstrapper before Flyway's migration.
	 */
	@Test
	void flywayMigratingFirstForABeanOfTheApplicationStillWaitsForTheFinding() {
		contextRunner(FlywayAutoConfiguration.class).withUserConfiguration(NeedsFlywayFirst.class)
			.withPropertyValues("spring.flyway.locations=classpath:flyway/customers")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(SchemaValidationException.class)
					.hasMessageContaining("[conflicting-schema-initializer] Flyway");
			});
		assertThat(tables()).isEmpty();
	}

	@Test
	void flywayBesideTheApplicationsChangelogStopsStartupBeforeAnyDdl() {
		contextRunner(FlywayAutoConfiguration.class)
			.withPropertyValues("spring.liquibase.change-log=classpath:db/verify/changelog.yaml",
					"spring.flyway.locations=classpath:flyway/customers")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(SchemaValidationException.class)
					.hasMessageContaining("[conflicting-schema-initializer] Flyway")
					.hasMessageContaining("classpath:flyway/customers");
			});
		assertThat(tables()).isEmpty();
	}

	@Test
	void flywayDisabledIsNoConflict() {
		contextRunner(FlywayAutoConfiguration.class).withPropertyValues("spring.flyway.enabled=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(conflicts(context.getBean(SchemaBootstrapper.class))).isEmpty();
			});
	}

	@Test
	void flywayLibraryWithoutSpringBootsFlywayModuleIsOneWarning() {
		contextRunner().withClassLoader(withoutSpringBootFlyway())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(conflicts(context.getBean(SchemaBootstrapper.class))).singleElement()
					.satisfies((finding) -> {
						assertThat(finding.severity()).isEqualTo(Severity.WARNING);
						assertThat(finding.subject()).isEqualTo("flyway-core");
						assertThat(finding.message()).contains("classpath:db/migration", "will not run");
					});
			});
	}

	@Test
	void flywayLibraryDisabledOrAbsentIsSilent() {
		contextRunner().withClassLoader(withoutSpringBootFlyway())
			.withPropertyValues("spring.flyway.enabled=false")
			.run((context) -> assertThat(conflicts(context.getBean(SchemaBootstrapper.class))).isEmpty());
		contextRunner().withClassLoader(withoutFlyway())
			.withPropertyValues("spring.datasource.url=jdbc:h2:mem:flyway-" + UUID.randomUUID())
			.run((context) -> assertThat(conflicts(context.getBean(SchemaBootstrapper.class))).isEmpty());
	}

	/** docs/evolution.md, "From Flyway": the steps, on a database Flyway built and seeded. */
	@Test
	void adoptsADatabaseFlywayBuiltOnceFlywayIsRemoved() {
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:flyway/customers").load().migrate();
		List<Object> flywayHistory = flywayHistory(new DriverManagerDataSource(url, "sa", ""));
		assertThat(flywayHistory).isNotEmpty();
		contextRunner().withClassLoader(withoutFlyway()).run((context) -> {
			assertThat(context).hasNotFailed();
			SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
			assertThat(bootstrapper.getFindings().withId(FindingId.UNMANAGED_DATABASE.id()).asList()).singleElement()
				.satisfies((finding) -> assertThat(finding.severity()).isEqualTo(Severity.INFO));
			assertThat(bootstrapper.isDriftChecked()).isTrue();
			assertThat(bootstrapper.getFindings().withId(FindingId.SCHEMA_DRIFT.id()).asList()).isEmpty();
			assertThat(bootstrapper.getFindings().atLeast(Severity.WARNING).asList()).isEmpty();
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThat(jdbc.queryForList("select name from customer", String.class)).containsExactly("Ada");
			assertThat(jdbc.queryForList("select distinct exectype from databasechangelog", String.class))
				.containsExactly("EXECUTED");
			// Flyway's history is left as it was, for the record.
			assertThat(flywayHistory(context.getBean(DataSource.class))).isEqualTo(flywayHistory);
		});
		// The next start finds Liquibase's history: nothing to adopt, nothing run, no drift.
		contextRunner().withClassLoader(withoutFlyway()).run((context) -> {
			assertThat(context).hasNotFailed();
			SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
			assertThat(bootstrapper.getFindings().atLeast(Severity.INFO).asList()).noneMatch(
					(finding) -> finding.id().equals(FindingId.UNMANAGED_DATABASE.id())
							|| finding.id().equals(FindingId.SCHEMA_DRIFT.id()));
			assertThat(bootstrapper.getMigrationStatus().pending()).isZero();
		});
	}

	/** An application bean created before the rest, that wants Flyway's migration done first. */
	@Configuration(proxyBeanMethods = false)
	static class NeedsFlywayFirst {

		@Bean
		@DependsOn("flywayInitializer")
		String needsTheSchema() {
			return "ready";
		}

	}

	/**
	 * A build without some jars: their classes are hidden, and so are their resources, the
	 * {@code META-INF/spring.factories} that name those classes included.
	 */
	private static final class WithoutJars extends FilteredClassLoader {

		private final List<String> jars;

		WithoutJars(List<String> jars, String... packages) {
			super(packages);
			this.jars = jars;
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			return Collections.enumeration(Collections.list(super.getResources(name))
				.stream()
				.filter((url) -> jars.stream().noneMatch((jar) -> url.toString().contains("/" + jar + "-")))
				.toList());
		}

	}

	private static List<Finding> conflicts(SchemaBootstrapper bootstrapper) {
		return bootstrapper.getFindings().withId(FindingId.CONFLICTING_SCHEMA_INITIALIZER.id()).asList();
	}

	private static List<Object> flywayHistory(DataSource dataSource) {
		return new JdbcTemplate(dataSource).queryForList(
				"select \"installed_rank\", \"script\", \"checksum\" from \"flyway_schema_history\" order by 1")
			.stream()
			.map((row) -> (Object) row.values().toString())
			.toList();
	}

	private List<String> tables() {
		return new JdbcTemplate(new DriverManagerDataSource(url, "sa", "")).queryForList(
				"select table_name from information_schema.tables where table_schema = 'PUBLIC'", String.class);
	}

}
