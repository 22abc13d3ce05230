package dev.schemabootstrap.autoconfigure;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import dev.schemabootstrap.autoconfigure.fixtures.extra.AuditEntry;
import dev.schemabootstrap.autoconfigure.fixtures.reporting.BatchReport;
import dev.schemabootstrap.autoconfigure.fixtures.shop.ShopConfiguration;
import dev.schemabootstrap.autoconfigure.fixtures.shop.Supplier;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with two EntityManagerFactories of its own, as "several bases" grow in real projects.
 */
class MultiplePersistenceUnitsTests {

	// Static: the runner below is built when the test instance is, before instance fields are injected.
	@TempDir
	static Path outputDir;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
				SchemaBootstrapAutoConfiguration.class))
		.withUserConfiguration(ShopConfiguration.class)
		.withPropertyValues("spring.datasource.generate-unique-name=true",
				"schema-bootstrap.changelog.output-dir=" + outputDir);

	@Test
	void warnsAboutASplitOfUnitsThatShareNoTable() {
		contextRunner.withUserConfiguration(ShopAndAuditUnits.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SchemaBootstrapper.class).getFindings().withId("multiple-persistence-units")
				.asList()).singleElement().satisfies((finding) -> {
					assertThat(finding.severity()).isEqualTo(Severity.WARNING);
					assertThat(finding.message()).contains("2 persistence units (audit and shop)");
				});
		});
	}

	@Test
	void stopsWhenTwoUnitsMapOneTable() {
		contextRunner.withUserConfiguration(ShopAndReportingUnits.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).isInstanceOf(SchemaValidationException.class)
				.hasMessageContaining("[multiple-persistence-units] batches: Table batches is mapped by persistence"
						+ " unit reporting and by shop");
		});
	}

	@Test
	void saysNothingWithOneUnit() {
		contextRunner.run((context) -> assertThat(
				context.getBean(SchemaBootstrapper.class).getFindings().withId("multiple-persistence-units"))
			.isEmpty());
	}

	static LocalContainerEntityManagerFactoryBean unit(DataSource dataSource, String name, Class<?> entities) {
		LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
		factory.setDataSource(dataSource);
		factory.setPersistenceUnitName(name);
		factory.setPackagesToScan(entities.getPackageName());
		factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
		return factory;
	}

	@Configuration(proxyBeanMethods = false)
	static class ShopAndAuditUnits {

		@Bean
		@Primary
		LocalContainerEntityManagerFactoryBean shop(DataSource dataSource) {
			return unit(dataSource, "shop", Supplier.class);
		}

		@Bean
		LocalContainerEntityManagerFactoryBean audit(DataSource dataSource) {
			return unit(dataSource, "audit", AuditEntry.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ShopAndReportingUnits {

		@Bean
		@Primary
		LocalContainerEntityManagerFactoryBean shop(DataSource dataSource) {
			return unit(dataSource, "shop", Supplier.class);
		}

		@Bean
		LocalContainerEntityManagerFactoryBean reporting(DataSource dataSource) {
			return unit(dataSource, "reporting", BatchReport.class);
		}

	}

}
