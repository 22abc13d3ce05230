package dev.schemabootstrap.autoconfigure;

import java.util.UUID;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import dev.schemabootstrap.autoconfigure.fixtures.flat.FlatConfiguration;
import dev.schemabootstrap.autoconfigure.fixtures.notebook.NotebookConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * spring-data-examples' {@code jpa/multiple-datasources}: two {@code DataSource} beans, none {@code @Primary}, each
 * with an EntityManagerFactory of its own that lets Hibernate create its tables. Schema Bootstrap backs off there, and
 * so must the Liquibase it brings: the application starts as it did without the starter. Where Liquibase is given a
 * data source ({@code @Primary}, {@code @LiquibaseDataSource}), Spring Boot's Liquibase stays.
 */
class SeveralDataSourcesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, TransactionAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
				SchemaBootstrapAutoConfiguration.class, SeveralDataSourcesAutoConfiguration.class));

	@Test
	void twoDataSourcesAndNoPrimaryStartAsWithoutTheStarter() {
		contextRunner.withUserConfiguration(TwoUnitsConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(SpringLiquibase.class)
				.doesNotHaveBean(SchemaBootstrapper.class);
			DataSource flat = context.getBean("flatDataSource", DataSource.class);
			DataSource notebook = context.getBean("notebookDataSource", DataSource.class);
			// Each unit's tables, made by its own Hibernate as the application asks (generateDdl).
			assertThat(new JdbcTemplate(flat).queryForObject("select count(*) from books", Integer.class)).isZero();
			assertThat(new JdbcTemplate(notebook).queryForObject("select count(*) from pages", Integer.class)).isZero();
		});
	}

	@Test
	void aPrimaryDataSourceKeepsSchemaBootstrapAndLiquibase() {
		contextRunner.withUserConfiguration(PrimaryConfiguration.class)
			.withPropertyValues("schema-bootstrap.changelog.output-dir=target/several-data-sources-" + UUID.randomUUID())
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(SpringLiquibase.class)
				.hasSingleBean(SchemaBootstrapper.class));
	}

	@Test
	void aLiquibaseDataSourceKeepsSpringBootsLiquibase() {
		contextRunner.withUserConfiguration(LiquibaseDataSourceConfiguration.class)
			.withPropertyValues("spring.liquibase.change-log=classpath:db/verify/changelog.yaml")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(SpringLiquibase.class);
				DataSource migrated = context.getBean("liquibaseDataSource", DataSource.class);
				assertThat(new JdbcTemplate(migrated).queryForObject("select count(*) from hand_written",
						Integer.class)).isZero();
			});
	}

	private static DataSource embedded() {
		return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build();
	}

	private static LocalContainerEntityManagerFactoryBean entityManagerFactory(DataSource dataSource,
			Class<?> packageOf) {
		HibernateJpaVendorAdapter vendorAdapter = new HibernateJpaVendorAdapter();
		vendorAdapter.setGenerateDdl(true);
		LocalContainerEntityManagerFactoryBean factoryBean = new LocalContainerEntityManagerFactoryBean();
		factoryBean.setDataSource(dataSource);
		factoryBean.setJpaVendorAdapter(vendorAdapter);
		factoryBean.setPackagesToScan(packageOf.getPackageName());
		return factoryBean;
	}

	@Configuration(proxyBeanMethods = false)
	static class TwoUnitsConfiguration {

		@Bean
		DataSource flatDataSource() {
			return embedded();
		}

		@Bean
		DataSource notebookDataSource() {
			return embedded();
		}

		@Bean
		LocalContainerEntityManagerFactoryBean flatEntityManagerFactory(DataSource flatDataSource) {
			return entityManagerFactory(flatDataSource, FlatConfiguration.class);
		}

		@Bean
		LocalContainerEntityManagerFactoryBean notebookEntityManagerFactory(DataSource notebookDataSource) {
			return entityManagerFactory(notebookDataSource, NotebookConfiguration.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(FlatConfiguration.class)
	static class PrimaryConfiguration {

		@Bean
		@Primary
		DataSource flatDataSource() {
			return embedded();
		}

		@Bean
		DataSource notebookDataSource() {
			return embedded();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class LiquibaseDataSourceConfiguration {

		@Bean
		@LiquibaseDataSource
		DataSource liquibaseDataSource() {
			return embedded();
		}

		@Bean
		DataSource otherDataSource() {
			return embedded();
		}

	}

}
