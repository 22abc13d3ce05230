package dev.schemabootstrap.autoconfigure.backoff;

import java.nio.file.Path;

import jakarta.persistence.EntityManager;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapAutoConfiguration;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties.ChangelogMode;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.autoconfigure.endpoint.SchemaEndpoint;
import dev.schemabootstrap.autoconfigure.endpoint.SchemaEndpointAutoConfiguration;
import dev.schemabootstrap.autoconfigure.fixtures.shop.Batch;
import dev.schemabootstrap.autoconfigure.fixtures.shop.PurchaseOrder;
import dev.schemabootstrap.autoconfigure.fixtures.shop.ShopConfiguration;
import dev.schemabootstrap.autoconfigure.fixtures.shop.Supplier;
import dev.schemabootstrap.autoconfigure.health.SchemaHealthContributorAutoConfiguration;
import dev.schemabootstrap.autoconfigure.health.SchemaHealthIndicator;
import dev.schemabootstrap.autoconfigure.metrics.SchemaMetrics;
import dev.schemabootstrap.autoconfigure.metrics.SchemaMetricsAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When Schema Bootstrap's auto-configurations back off, in Spring Boot's own style: a class missing from the class
 * path ({@link FilteredClassLoader}), no {@code DataSource}, {@code schema-bootstrap.enabled=false}, and a bean of
 * the application's own where ours is {@code @ConditionalOnMissingBean}. In a package of its own, so that the
 * replacements use only what an application can.
 */
class SchemaAutoConfigurationBackOffTests {

	@TempDir
	Path outputDir;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, TransactionAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
				SchemaBootstrapAutoConfiguration.class, SchemaHealthContributorAutoConfiguration.class,
				SchemaEndpointAutoConfiguration.class, SchemaMetricsAutoConfiguration.class))
		.withUserConfiguration(ShopConfiguration.class)
		.withPropertyValues("spring.datasource.generate-unique-name=true",
				"management.endpoints.web.exposure.include=schema");

	@Test
	void configuresTheBootstrapperHealthEndpointAndMetricsWhenEverythingIsPresent() {
		contextRunner.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir).run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(SchemaBootstrapper.class)
				.hasSingleBean(SchemaHealthIndicator.class)
				.hasSingleBean(SchemaEndpoint.class)
				.hasSingleBean(SchemaMetrics.class);
		});
	}

	@Test
	void backsOffWhenLiquibaseIsNotOnTheClassPath() {
		contextRunner.withClassLoader(new FilteredClassLoader(SpringLiquibase.class))
			.run(SchemaAutoConfigurationBackOffTests::backedOff);
	}

	@Test
	void backsOffWhenHibernateIsNotOnTheClassPath() {
		contextRunner.withClassLoader(new FilteredClassLoader("org.hibernate"))
			.withPropertyValues("spring.liquibase.enabled=false")
			.run(SchemaAutoConfigurationBackOffTests::backedOff);
	}

	@Test
	void backsOffWhenTheJpaApiIsNotOnTheClassPath() {
		contextRunner.withClassLoader(new FilteredClassLoader(EntityManager.class))
			.withPropertyValues("spring.liquibase.enabled=false")
			.run(SchemaAutoConfigurationBackOffTests::backedOff);
	}

	@Test
	void backsOffWhenSpringOrmJpaIsNotOnTheClassPath() {
		contextRunner.withClassLoader(new FilteredClassLoader(LocalContainerEntityManagerFactoryBean.class))
			.withPropertyValues("spring.liquibase.enabled=false")
			.run(SchemaAutoConfigurationBackOffTests::backedOff);
	}

	@Test
	void backsOffWithNoDataSourceBean() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(TransactionAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class, SchemaHealthContributorAutoConfiguration.class,
					SchemaEndpointAutoConfiguration.class, SchemaMetricsAutoConfiguration.class))
			.withUserConfiguration(ShopConfiguration.class)
			.run(SchemaAutoConfigurationBackOffTests::backedOff);
	}

	@Test
	void backsOffWhenDisabled() {
		contextRunner.withPropertyValues("schema-bootstrap.enabled=false", "spring.liquibase.enabled=false")
			.run(SchemaAutoConfigurationBackOffTests::backedOff);
	}

	@Test
	void usesTheApplicationsOwnBootstrapperAndBuildsTheRestOnIt() {
		contextRunner.withPropertyValues("spring.liquibase.enabled=false")
			.withUserConfiguration(OwnBootstrapperConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(SchemaBootstrapper.class);
				assertThat(context).getBean(SchemaBootstrapper.class)
					.isSameAs(context.getBean(OwnBootstrapperConfiguration.class).bootstrapper);
				assertThat(context.getBean(SchemaBootstrapper.class).getAnalysis().model().tables()).hasSize(3);
				assertThat(context).hasSingleBean(SchemaHealthIndicator.class).hasSingleBean(SchemaMetrics.class);
			});
	}

	@Test
	void usesTheApplicationsOwnHealthIndicatorEndpointAndMetrics() {
		contextRunner.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir)
			.withUserConfiguration(OwnActuatorBeansConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				OwnActuatorBeansConfiguration own = context.getBean(OwnActuatorBeansConfiguration.class);
				assertThat(context).getBean(SchemaHealthIndicator.class).isSameAs(own.health);
				assertThat(context).getBean(SchemaEndpoint.class).isSameAs(own.endpoint);
				assertThat(context).getBean(SchemaMetrics.class).isSameAs(own.metrics);
			});
	}

	/** Started, with none of Schema Bootstrap's beans: the bootstrapper, and the Actuator beans built on it. */
	private static void backedOff(AssertableApplicationContext context) {
		assertThat(context).hasNotFailed();
		assertThat(context).doesNotHaveBean(SchemaBootstrapper.class)
			.doesNotHaveBean(SchemaHealthIndicator.class)
			.doesNotHaveBean(SchemaEndpoint.class)
			.doesNotHaveBean(SchemaMetrics.class);
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnBootstrapperConfiguration {

		final SchemaBootstrapper bootstrapper = new SchemaBootstrapper(new SchemaBootstrapProperties(),
				ChangelogMode.OFF, null, () -> SchemaAnalyzer.standard()
					.analyze("org.hibernate.dialect.H2Dialect", Batch.class, PurchaseOrder.class, Supplier.class));

		@Bean
		SchemaBootstrapper ownBootstrapper() {
			return bootstrapper;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnActuatorBeansConfiguration {

		SchemaHealthIndicator health;

		SchemaEndpoint endpoint;

		SchemaMetrics metrics;

		@Bean
		SchemaHealthIndicator schemaHealthIndicator(SchemaBootstrapper bootstrapper) {
			health = new SchemaHealthIndicator(bootstrapper, () -> null);
			return health;
		}

		@Bean
		SchemaEndpoint ownSchemaEndpoint(SchemaBootstrapper bootstrapper) {
			endpoint = new SchemaEndpoint(bootstrapper, () -> null);
			return endpoint;
		}

		@Bean
		SchemaMetrics ownSchemaMetrics(SchemaBootstrapper bootstrapper) {
			metrics = new SchemaMetrics(bootstrapper);
			return metrics;
		}

	}

}
