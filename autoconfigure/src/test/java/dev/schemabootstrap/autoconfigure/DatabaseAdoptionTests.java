package dev.schemabootstrap.autoconfigure;

import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.schemabootstrap.autoconfigure.fixtures.shop.ShopConfiguration;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database with tables but no Liquibase history, as {@code ddl-auto} or a {@code create_all()} script leaves it.
 */
class DatabaseAdoptionTests {

	@TempDir
	Path outputDir;

	private final String url = "jdbc:h2:mem:adoption-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class))
			.withUserConfiguration(ShopConfiguration.class)
			.withPropertyValues("spring.datasource.url=" + url, "schema-bootstrap.changelog.output-dir=" + outputDir);
	}

	/** The model's schema with a row in it, and no trace of Liquibase. */
	private void createUnmanagedDatabase(String... extraSql) {
		contextRunner().run((context) -> {
			assertThat(context).hasNotFailed();
			// Liquibase's status is read once the context has started; only then are its tables ours to drop.
			context.getBean(SchemaBootstrapper.class).getMigrationStatus();
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			jdbc.execute("drop table databasechangelog");
			jdbc.execute("drop table databasechangeloglock");
			jdbc.update("insert into purchasing.suppliers (id, name) values (random_uuid(), 'Acme')");
			for (String sql : extraSql) {
				jdbc.execute(sql);
			}
		});
	}

	@Test
	void adoptsADatabaseThatMatchesTheModelWithoutRunningAnyDdl() {
		createUnmanagedDatabase();
		contextRunner().run((context) -> {
			assertThat(context).hasNotFailed();
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThat(jdbc.queryForObject("select count(*) from purchasing.suppliers", Integer.class)).isOne();
			assertThat(jdbc.queryForList("select distinct exectype from databasechangelog", String.class))
				.containsExactly("EXECUTED");
			assertThat(context.getBean(SchemaBootstrapper.class).getFindings().withId("unmanaged-database").asList())
				.singleElement()
				.satisfies((finding) -> assertThat(finding.severity()).isEqualTo(Severity.INFO));
		});
	}

	@Test
	void stopsAndRunsNothingWhenTheTablesDifferFromTheModel() {
		createUnmanagedDatabase("alter table batches drop column purchase_order_id");
		contextRunner().run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(SchemaValidationException.class)
				.hasMessageContaining("[unmanaged-database] datasource")
				.hasMessageContaining("[schema-drift] batches.purchase_order_id");
		});
		assertNoLiquibaseHistory();
	}

	@Test
	void stopsWhenBaselinesAreNotAllowed() {
		createUnmanagedDatabase();
		contextRunner().withPropertyValues("schema-bootstrap.baseline.mode=never").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("[unmanaged-database] datasource")
				.hasMessageContaining("schema-bootstrap.baseline.mode=never");
		});
		assertNoLiquibaseHistory();
	}

	@Test
	void keepsLiquibaseAwayWhenFindingsDoNotStopStartup() {
		createUnmanagedDatabase("alter table batches drop column purchase_order_id");
		contextRunner().withPropertyValues("schema-bootstrap.validation.fail-on=never").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SchemaBootstrapper.class).getFindings().withId("unmanaged-database").asList())
				.extracting("severity")
				.containsExactly(Severity.ERROR);
		});
		assertNoLiquibaseHistory();
	}

	private void assertNoLiquibaseHistory() {
		// Without Schema Bootstrap and Liquibase, Spring Boot would let Hibernate recreate an embedded database.
		contextRunner()
			.withPropertyValues("schema-bootstrap.enabled=false", "spring.liquibase.enabled=false",
					"spring.jpa.hibernate.ddl-auto=none")
			.run((context) -> {
				JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
				assertThat(jdbc.queryForObject("select count(*) from information_schema.tables"
						+ " where table_name = 'DATABASECHANGELOG'", Integer.class)).isZero();
				assertThat(jdbc.queryForObject("select count(*) from purchasing.suppliers", Integer.class)).isOne();
			});
	}

}
