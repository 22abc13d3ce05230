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
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.schemabootstrap.autoconfigure.fixtures.flyway.FlywayBuiltConfiguration;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Modulith's JDBC event publication registry creates {@code event_publication} itself, at startup, possibly
 * before Liquibase runs. That table is not the application's: the first start still finds an empty database, creates
 * the model's tables, and neither that start nor the next reports the table as drift.
 */
class ModulithEventTablesTests {

	@TempDir
	Path outputDir;

	private final String url = "jdbc:h2:mem:modulith-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class))
			.withUserConfiguration(FlywayBuiltConfiguration.class)
			.withPropertyValues("spring.datasource.url=" + url, "schema-bootstrap.changelog.output-dir=" + outputDir);
	}

	@Test
	void modulithsTableMadeBeforeTheFirstStartIsNeitherAnExistingDatabaseNorDrift() {
		// Spring Modulith 2.0's schema-h2.sql, as its schema initialization runs it.
		new JdbcTemplate(new DriverManagerDataSource(url, "sa", "")).execute("""
				CREATE TABLE IF NOT EXISTS EVENT_PUBLICATION (ID UUID NOT NULL,
				  COMPLETION_DATE TIMESTAMP(9) WITH TIME ZONE, EVENT_TYPE VARCHAR(512) NOT NULL,
				  LISTENER_ID VARCHAR(512) NOT NULL, PUBLICATION_DATE TIMESTAMP(9) WITH TIME ZONE NOT NULL,
				  SERIALIZED_EVENT VARCHAR(4000) NOT NULL, STATUS VARCHAR(20), COMPLETION_ATTEMPTS INT,
				  LAST_RESUBMISSION_DATE TIMESTAMP(9) WITH TIME ZONE, PRIMARY KEY (ID))""");
		for (int start = 1; start <= 2; start++) {
			contextRunner().run((context) -> {
				assertThat(context).hasNotFailed();
				SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
				assertThat(bootstrapper.isDriftChecked()).isTrue();
				assertThat(bootstrapper.getFindings().atLeast(Severity.INFO).asList())
					.as(bootstrapper.getFindings().toString())
					.noneMatch((finding) -> finding.id().equals(FindingId.UNMANAGED_DATABASE.id())
							|| finding.id().equals(FindingId.SCHEMA_DRIFT.id()));
				JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
				assertThat(jdbc.queryForObject("select count(*) from customer", Integer.class)).isZero();
				assertThat(jdbc.queryForObject("select count(*) from event_publication", Integer.class)).isZero();
			});
		}
	}

}
