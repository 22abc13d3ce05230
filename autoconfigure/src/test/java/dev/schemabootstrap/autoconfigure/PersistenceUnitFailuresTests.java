package dev.schemabootstrap.autoconfigure;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import dev.schemabootstrap.autoconfigure.diagnostics.EntityOutsideUnitFailureAnalyzer;
import dev.schemabootstrap.autoconfigure.fixtures.crossunit.customers.Customer;
import dev.schemabootstrap.autoconfigure.fixtures.crossunit.orders.CustomerOrder;
import dev.schemabootstrap.autoconfigure.fixtures.outside.catalog.Item;
import dev.schemabootstrap.autoconfigure.fixtures.outside.coupons.CouponRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Startup failures of the persistence units themselves, before any Schema Bootstrap bean can report a finding:
 * what Spring Boot prints is the finding, with the units, the packages and the fixes.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersistenceUnitFailuresTests {

	private static final String FIXTURES = "dev.schemabootstrap.autoconfigure.fixtures";

	@TempDir
	Path outputDir;

	@Test
	void anAssociationFromOneUnitToAnotherNamesBothUnitsTheirPackagesAndTheFixes(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(CrossUnits.class))
			.havingRootCause()
			.withMessageContaining("does not belong to the same persistence unit");
		assertThat(output).contains("""
				Description:

				ERROR [multiple-persistence-units] CustomerOrder.customer: the association CustomerOrder.customer -> \
				Customer crosses persistence units, which Hibernate refuses (each unit is mapped on its own).
				  - persistence unit orders maps CustomerOrder; its entities are in %1$s.crossunit.orders
				  - persistence unit customers maps Customer; its entities are in %1$s.crossunit.customers

				Action:

				Either map both entities in one persistence unit: one EntityManagerFactory whose packages include \
				%1$s.crossunit.orders and %1$s.crossunit.customers;
				or keep the units apart and replace the association with an id column: in CustomerOrder, \
				'Customer customer' becomes 'Long customerId' (with @Column(name = "customer_id")), and Customer is \
				loaded through unit customers.
				See %2$sfindings/multiple-persistence-units.md.
				""".formatted(FIXTURES, DocsLinks.DEFAULT_BASE));
	}

	@Test
	void aRepositoryOfAnEntityOutsideTheScannedPackagesIsAnEntityOutsideUnitError(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(CatalogWithCouponRepository.class))
			.havingRootCause()
			.withMessageStartingWith("Not a managed type");
		assertThat(output).contains("""
				Description:

				ERROR [entity-outside-unit] %1$s.outside.coupons.Coupon: bean 'couponRepository' (a Spring Data \
				repository, or code using the JPA metamodel) needs the entity %1$s.outside.coupons.Coupon, but the \
				persistence unit does not hold it: its package %1$s.outside.coupons is not among the packages the \
				unit scans (%1$s.outside.catalog).

				Action:

				Add %1$s.outside.coupons to the persistence unit: list it in @EntityScan together with \
				%1$s.outside.catalog (@EntityScan replaces the default packages), or set \
				'schema-bootstrap.packages=%1$s.outside.coupons', or move Coupon into a scanned package. If it is \
				not meant to be an entity, remove its repository.
				See %2$sfindings/entity-outside-unit.md.
				""".formatted(FIXTURES, DocsLinks.DEFAULT_BASE));
	}

	@Test
	void theWarningOfAnEntityLeftOutByEntityScanBecomesTheErrorThatStopsStartup(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(EntityScanWithoutCoupons.class))
			.havingRootCause()
			.withMessageStartingWith("Not a managed type");
		assertThat(output).contains("WARNING [entity-outside-unit] " + FIXTURES + ".outside.coupons.Coupon: The"
				+ " @Entity class " + FIXTURES + ".outside.coupons.Coupon lies under the scanned packages but is in no"
				+ " persistence unit");
		assertThat(output).contains("ERROR [entity-outside-unit] " + FIXTURES + ".outside.coupons.Coupon: bean"
				+ " 'couponRepository'")
			.contains("among the packages the unit scans (" + FIXTURES + ".outside.catalog).");
	}

	@Test
	void otherIllegalArgumentsAreNotExplainedAsEntitiesOutsideTheUnit() {
		assertThat(new EntityOutsideUnitFailureAnalyzer(null, null).analyze(new IllegalArgumentException("other")))
			.isNull();
	}

	private void run(Class<?> configuration) {
		SpringApplication application = new SpringApplication(configuration);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.run("--spring.datasource.generate-unique-name=true",
				"--schema-bootstrap.changelog.output-dir=" + outputDir);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
			LiquibaseAutoConfiguration.class, SchemaBootstrapAutoConfiguration.class })
	static class CrossUnits {

		// Created first: the unit of the association's target does not exist yet when this one fails.
		@Bean
		LocalContainerEntityManagerFactoryBean orders(DataSource dataSource) {
			return MultiplePersistenceUnitsTests.unit(dataSource, "orders", CustomerOrder.class);
		}

		@Bean
		LocalContainerEntityManagerFactoryBean customers(DataSource dataSource) {
			return MultiplePersistenceUnitsTests.unit(dataSource, "customers", Customer.class);
		}

	}

	/** The application's package holds the catalog only; the coupons have a repository all the same. */
	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = Item.class)
	@EnableJpaRepositories(basePackageClasses = CouponRepository.class)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
			LiquibaseAutoConfiguration.class, SchemaBootstrapAutoConfiguration.class })
	static class CatalogWithCouponRepository {

	}

	/** The application's package holds both, and @EntityScan narrows the unit to the catalog. */
	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackages = FIXTURES + ".outside")
	@EntityScan(basePackageClasses = Item.class)
	@EnableJpaRepositories(basePackageClasses = CouponRepository.class)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
			LiquibaseAutoConfiguration.class, SchemaBootstrapAutoConfiguration.class })
	static class EntityScanWithoutCoupons {

	}

}
