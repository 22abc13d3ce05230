package dev.schemabootstrap.autoconfigure;

import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
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
 * A Liquibase lock left behind by a process killed during a migration.
 */
class StaleLockTests {

	@TempDir
	Path outputDir;

	private final String url = "jdbc:h2:mem:lock-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class))
			.withUserConfiguration(ShopConfiguration.class)
			.withPropertyValues("spring.datasource.url=" + url, "schema-bootstrap.changelog.output-dir=" + outputDir);
	}

	@BeforeEach
	void migrateThenLeaveALockBehind() {
		contextRunner().run((context) -> {
			assertThat(context).hasNotFailed();
			new JdbcTemplate(context.getBean(DataSource.class)).update("update databasechangeloglock set locked = true,"
					+ " lockgranted = dateadd('HOUR', -2, current_timestamp), lockedby = 'worker-7 (10.0.0.7)'");
		});
	}

	@Test
	void reportsWhoHoldsAStaleLockAndSinceWhenInsteadOfWaiting() {
		contextRunner().run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(SchemaValidationException.class)
				.hasMessageContaining("[stale-lock] DATABASECHANGELOGLOCK: The Liquibase lock is held by worker-7 (10.0.0.7)")
				.hasMessageContaining("longer than schema-bootstrap.lock.stale-after=10m")
				// The fixes are in the failure analysis, not the exception's message.
				.satisfies((failure) -> assertThat(((SchemaValidationException) failure).getFailing().toString())
					.contains("schema-bootstrap.lock.release-stale=true"));
		});
	}

	@Test
	void releasesAStaleLockWhenToldToAndStarts() {
		contextRunner().withPropertyValues("schema-bootstrap.lock.release-stale=true").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(new JdbcTemplate(context.getBean(DataSource.class))
				.queryForObject("select locked from databasechangeloglock", Boolean.class)).isFalse();
			assertThat(context.getBean(SchemaBootstrapper.class).getFindings().withId("stale-lock").asList())
				.singleElement()
				.satisfies((finding) -> assertThat(finding.severity()).isEqualTo(Severity.WARNING));
		});
	}

	@Test
	void leavesALockThatIsNotStaleYetAlone() {
		contextRunner().withPropertyValues("schema-bootstrap.lock.stale-after=3h").run((context) -> {
			// Nothing is pending, so Liquibase itself does not need the lock.
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SchemaBootstrapper.class).getFindings().withId("stale-lock")).isEmpty();
			assertThat(new JdbcTemplate(context.getBean(DataSource.class))
				.queryForObject("select lockedby from databasechangeloglock", String.class))
				.isEqualTo("worker-7 (10.0.0.7)");
		});
	}

}
