package dev.schemabootstrap.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties.ChangelogMode;
import dev.schemabootstrap.autoconfigure.fixtures.extra.AuditEntry;
import dev.schemabootstrap.autoconfigure.fixtures.shop.Batch;
import dev.schemabootstrap.autoconfigure.fixtures.shop.PurchaseOrder;
import dev.schemabootstrap.autoconfigure.fixtures.shop.ShopConfiguration;
import dev.schemabootstrap.autoconfigure.fixtures.shop.Supplier;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaBootstrapAutoConfigurationTests {

	@TempDir
	Path outputDir;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, TransactionAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
				SchemaBootstrapAutoConfiguration.class))
		.withUserConfiguration(ShopConfiguration.class)
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	void createsEveryTableThroughLiquibaseByDefault() {
		contextRunner.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SchemaBootstrapper.class).getMode()).isEqualTo(ChangelogMode.GENERATE);
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			List<String> tables = jdbc.queryForList("select lower(table_schema) || '.' || lower(table_name)"
					+ " from information_schema.tables where table_schema in ('PUBLIC', 'PURCHASING')"
					+ " and table_name not like 'DATABASECHANGELOG%'", String.class);
			assertThat(tables).containsExactlyInAnyOrder("purchasing.suppliers", "purchasing.purchase_orders",
					"public.batches");
			assertThat(jdbc.queryForList("select distinct filename from databasechangelog", String.class))
				.containsExactly(SchemaBootstrapper.GENERATED_LOGICAL_PATH);
			assertThat(Files.readString(outputDir.resolve("db.changelog-schema-bootstrap.yaml")))
				.contains("createTable");
		});
	}

	@Test
	void backsOffWhenDisabled() {
		// Without Schema Bootstrap, Spring Boot's Liquibase would want a changelog of the application's own.
		contextRunner.withPropertyValues("schema-bootstrap.enabled=false", "spring.liquibase.enabled=false")
			.run((context) -> {
			assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(SchemaBootstrapper.class);
			});
	}

	@Test
	void backsOffWhenTheUserDefinesTheirOwnBootstrapper() {
		contextRunner.withPropertyValues("spring.liquibase.enabled=false")
			.withUserConfiguration(CustomBootstrapperConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(SchemaBootstrapper.class)
					.isSameAs(context.getBean(CustomBootstrapperConfiguration.class).bootstrapper);
			});
	}

	@Test
	void usesTheUsersPersistenceManagedTypes() {
		contextRunner.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir)
			.withBean(PersistenceManagedTypes.class, () -> PersistenceManagedTypes.of(AuditEntry.class.getName()))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(tables(context)).containsExactly("public.audit_entries");
				assertThat(context.getBean(SchemaBootstrapper.class).getFindings().withId("entity-outside-unit"))
					.extracting("subject")
					.containsExactly(Batch.class.getName(), PurchaseOrder.class.getName(), Supplier.class.getName());
			});
	}

	@Test
	void stopsOnWarningsWhenToldToAndStartsWhenTheyAreSuppressed() {
		contextRunner
			.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir,
					"schema-bootstrap.validation.fail-on=warning")
			.withBean(PersistenceManagedTypes.class, () -> PersistenceManagedTypes.of(AuditEntry.class.getName()))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("entity-outside-unit"));
		contextRunner
			.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir,
					"schema-bootstrap.validation.fail-on=warning",
					"schema-bootstrap.validation.suppress=entity-outside-unit:*.shop.*")
			.withBean(PersistenceManagedTypes.class, () -> PersistenceManagedTypes.of(AuditEntry.class.getName()))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(SchemaBootstrapper.class).getFindings().withId("entity-outside-unit"))
					.isEmpty();
			});
	}

	@Test
	void reportsASuppressionOfAnUnknownId() {
		contextRunner
			.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir,
					"schema-bootstrap.validation.suppress=redundant-indexes")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(SchemaBootstrapper.class).getFindings().asList())
					.anySatisfy((finding) -> {
						assertThat(finding.subject()).isEqualTo("schema-bootstrap.validation.suppress[0]");
						assertThat(finding.hint()).contains("redundant-index");
					});
			});
	}

	@Test
	void scansTheConfiguredPackagesIntoTheSameUnit() {
		contextRunner
			.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir,
					"schema-bootstrap.packages=" + AuditEntry.class.getPackageName())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(SchemaBootstrapper.class).getAnalysis().model().entities()).hasSize(4);
				assertThat(tables(context)).contains("public.audit_entries", "purchasing.suppliers");
			});
	}

	@Test
	void verifiesTheApplicationsOwnChangelogInsteadOfGeneratingOne() {
		contextRunner
			.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir,
					"spring.liquibase.change-log=classpath:db/verify/changelog.yaml", "schema-bootstrap.drift.enabled=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
				assertThat(bootstrapper.getMode()).isEqualTo(ChangelogMode.VERIFY);
				assertThat(tables(context)).containsExactly("public.hand_written");
				assertThat(outputDir).isEmptyDirectory();
			});
	}

	@Test
	void stopsStartupWhenTheLiveSchemaDriftsFromTheModel() {
		contextRunner
			.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir,
					"spring.liquibase.change-log=classpath:db/verify/changelog.yaml")
			.run((context) -> {
				assertThat(context).hasFailed();
				// Drift is checked once every singleton exists, so the failure is not wrapped in a bean failure.
				assertThat(context.getStartupFailure()).isInstanceOf(SchemaValidationException.class)
					.hasMessageContaining("[schema-drift] purchasing.suppliers: Table purchasing.suppliers is missing")
					.hasMessageContaining("[schema-drift] batches")
					.hasMessageNotContaining("hand_written");
			});
	}

	@Test
	void reportsDriftWithoutStoppingWhenToldNotTo() {
		contextRunner
			.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir,
					"spring.liquibase.change-log=classpath:db/verify/changelog.yaml",
					"schema-bootstrap.validation.fail-on=never")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
				assertThat(bootstrapper.isDriftChecked()).isTrue();
				assertThat(bootstrapper.getFindings().withId("schema-drift").asList()).extracting("subject")
					.contains("batches", "purchasing.suppliers", "purchasing.purchase_orders", "hand_written");
			});
	}

	@Test
	void findsNoDriftOnTheSchemaItCreated() {
		contextRunner.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir).run((context) -> {
			SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
			assertThat(bootstrapper.isDriftChecked()).isTrue();
			assertThat(bootstrapper.getFindings().withId("schema-drift")).isEmpty();
			// An empty database is not an unmanaged one.
			assertThat(bootstrapper.getFindings().withId("unmanaged-database")).isEmpty();
		});
	}

	@Test
	void stopsStartupWhenHibernateWouldWriteDdlToo() {
		contextRunner
			.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir,
					"spring.jpa.hibernate.ddl-auto=update")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(SchemaValidationException.class)
					.hasMessageContaining("conflicting-schema-initializer")
					.hasMessageContaining("spring.jpa.hibernate.ddl-auto=update");
			});
	}

	@Test
	void stopsStartupWhenSqlInitWouldRunSchemaScripts() {
		contextRunner
			.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir,
					"spring.sql.init.schema-locations=classpath:db/verify/changelog.yaml")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(SchemaValidationException.class)
					.hasMessageContaining("spring.sql.init.schema-locations");
			});
	}

	@Test
	void keepsHibernateFromWritingDdlWhenFindingsDoNotStopStartup() {
		contextRunner
			.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir,
					"spring.jpa.hibernate.ddl-auto=create-drop", "schema-bootstrap.validation.fail-on=never")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(LocalContainerEntityManagerFactoryBean.class).getJpaPropertyMap())
					.containsEntry("hibernate.hbm2ddl.auto", "none");
				assertThat(context.getBean(SchemaBootstrapper.class).getFindings().atLeast(Severity.ERROR).asList())
					.extracting("id")
					.containsExactly("conflicting-schema-initializer");
			});
	}

	@Test
	void leavesAValidateSettingAlone() {
		contextRunner
			.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir,
					"spring.jpa.hibernate.ddl-auto=validate")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(LocalContainerEntityManagerFactoryBean.class).getJpaPropertyMap())
					.containsEntry("hibernate.hbm2ddl.auto", "validate");
			});
	}

	@Test
	void failsOnABadPropertyValueNamingTheProperty() {
		contextRunner.withPropertyValues("schema-bootstrap.validation.fail-on=sometimes").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("schema-bootstrap.validation.fail-on")
				.hasStackTraceContaining("sometimes");
		});
	}

	@Test
	void saysWhyItCouldNotConnectWhenTheCredentialsAreWrong() throws Exception {
		String url = "jdbc:h2:mem:credentials-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		// The database exists with its own password; the application brings another one.
		try (java.sql.Connection owner = java.sql.DriverManager.getConnection(url, "sa", "right")) {
			contextRunner
				.withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=sa",
						"spring.datasource.password=wrong")
				.run((context) -> assertThat(context.getStartupFailure()).hasStackTraceContaining(
						"Schema Bootstrap could not connect to the database to tell which one it is: Wrong user name"
								+ " or password")
					.hasStackTraceContaining("spring.datasource.url, username, password"));
		}
	}

	@Test
	void failsOnAnUnknownProperty() {
		contextRunner.withPropertyValues("schema-bootstrap.changelog.modus=generate").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("modus");
		});
	}

	private static List<String> tables(AssertableApplicationContext context) {
		JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
		return jdbc.queryForList("select lower(table_schema) || '.' || lower(table_name)"
				+ " from information_schema.tables where table_schema in ('PUBLIC', 'PURCHASING')"
				+ " and table_name not like 'DATABASECHANGELOG%'", String.class);
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomBootstrapperConfiguration {

		final SchemaBootstrapper bootstrapper = new SchemaBootstrapper(new SchemaBootstrapProperties(),
				ChangelogMode.OFF, null, () -> {
					throw new IllegalStateException("not analysed in this test");
				}) {

			@Override
			public void afterPropertiesSet() {
			}

		};

		@Bean
		SchemaBootstrapper customBootstrapper() {
			return bootstrapper;
		}

	}

}
