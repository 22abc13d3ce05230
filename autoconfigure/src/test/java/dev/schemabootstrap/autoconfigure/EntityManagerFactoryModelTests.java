package dev.schemabootstrap.autoconfigure;

import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties.ChangelogMode;
import dev.schemabootstrap.autoconfigure.diagnostics.SchemaValidationFailureAnalyzer;
import dev.schemabootstrap.autoconfigure.fixtures.bad.BadMappingConfiguration;
import dev.schemabootstrap.autoconfigure.fixtures.shop.ShopConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In {@code verify} and {@code off} mode the model comes from the metadata the EntityManagerFactory builds anyway,
 * not from a second boot of Hibernate; what users see stays the same.
 */
class EntityManagerFactoryModelTests {

	@TempDir
	Path outputDir;

	private final String url = "jdbc:h2:mem:emf-model-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private ApplicationContextRunner contextRunner(Class<?> application) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class))
			.withUserConfiguration(application)
			.withPropertyValues("spring.datasource.url=" + url, "schema-bootstrap.changelog.output-dir=" + outputDir);
	}

	@Test
	void restartsInVerifyModeWithTheEntityManagerFactorysModelEqualToItsOwnBoot() {
		SchemaAnalysis[] generated = new SchemaAnalysis[1];
		contextRunner(ShopConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed();
			SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
			assertThat(bootstrapper.isModelFromEntityManagerFactory()).isFalse();
			generated[0] = bootstrapper.getAnalysis();
		});
		Path changelog = outputDir.resolve("db.changelog-schema-bootstrap.yaml");
		contextRunner(ShopConfiguration.class).withPropertyValues("spring.liquibase.change-log=" + changelog.toUri())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
				assertThat(bootstrapper.getMode()).isEqualTo(ChangelogMode.VERIFY);
				assertThat(bootstrapper.isModelFromEntityManagerFactory()).isTrue();
				assertThat(bootstrapper.isDriftChecked()).isTrue();
				SchemaAnalysis analysis = bootstrapper.getAnalysis();
				assertThat(analysis.model()).isEqualTo(generated[0].model());
				assertThat(analysis.mapping()).isEqualTo(generated[0].mapping());
				assertThat(analysis.findings()).isEqualTo(generated[0].findings());
				assertThat(bootstrapper.getFindings().withId("schema-drift")).isEmpty();
			});
	}

	@Test
	void readsTheLiveSchemaBesideTheEntityManagerFactorysBootAndStillReportsEveryDifference() {
		contextRunner(ShopConfiguration.class).run((context) -> assertThat(context).hasNotFailed());
		new JdbcTemplate(new DriverManagerDataSource(url, "sa", "")).execute("alter table purchasing.suppliers drop column name");
		Path changelog = outputDir.resolve("db.changelog-schema-bootstrap.yaml");
		contextRunner(ShopConfiguration.class)
			.withPropertyValues("spring.liquibase.change-log=" + changelog.toUri(),
					"schema-bootstrap.validation.fail-on=never")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
				assertThat(bootstrapper.isModelFromEntityManagerFactory()).isTrue();
				assertThat(bootstrapper.isLiveSchemaReadDuringEntityManagerFactoryBoot()).isTrue();
				assertThat(bootstrapper.getFindings().withId("schema-drift").asList())
					.extracting((finding) -> finding.subject())
					.contains("purchasing.suppliers.name");
			});
	}

	@Test
	void readsTheModelFromTheEntityManagerFactoryInOffModeToo() {
		contextRunner(ShopConfiguration.class)
			.withPropertyValues("schema-bootstrap.changelog.mode=off", "spring.liquibase.enabled=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
				assertThat(bootstrapper.isModelFromEntityManagerFactory()).isTrue();
				assertThat(bootstrapper.getAnalysis().model().tables()).hasSize(3);
				assertThat(bootstrapper.isDriftChecked()).isFalse();
				assertThat(bootstrapper.isLiveSchemaReadDuringEntityManagerFactoryBoot()).isTrue();
			});
	}

	@Test
	void reportsEveryProblemAtOnceWhenTheEntityManagerFactoryRefusesTheMapping() {
		contextRunner(BadMappingConfiguration.class)
			.withPropertyValues("spring.liquibase.change-log=classpath:db/verify/changelog.yaml")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new SchemaValidationFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("[duplicate-entity-name]")
					.contains("[conflicting-column-mapping]")
					.contains("customer_id");
			});
	}

	@Test
	void stopsOnAnotherDdlSourceBeforeLiquibaseRunsInVerifyMode() {
		contextRunner(ShopConfiguration.class)
			.withPropertyValues("spring.liquibase.change-log=classpath:db/verify/changelog.yaml",
					"spring.jpa.hibernate.ddl-auto=update")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(SchemaValidationException.class)
					.hasMessageContaining("spring.jpa.hibernate.ddl-auto=update");
			});
		DataSource dataSource = new DriverManagerDataSource(url, "sa", "");
		assertThat(new JdbcTemplate(dataSource).queryForObject(
				"select count(*) from information_schema.tables where lower(table_name) = 'databasechangelog'",
				Integer.class))
			.isZero();
	}

}
