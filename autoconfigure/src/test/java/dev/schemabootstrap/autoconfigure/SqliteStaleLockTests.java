package dev.schemabootstrap.autoconfigure;

import java.nio.file.Path;

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

import dev.schemabootstrap.autoconfigure.fixtures.flat.FlatConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lock left behind on SQLite, where Liquibase writes its time as UTC text ({@code CURRENT_TIMESTAMP}) that its
 * standard lock service cannot read back; the core's {@code SqliteLockService} reads it.
 */
class SqliteStaleLockTests {

	@TempDir
	Path directory;

	private ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class))
			.withUserConfiguration(FlatConfiguration.class)
			.withPropertyValues("spring.datasource.url=jdbc:sqlite:" + directory.resolve("app.db"),
					"schema-bootstrap.changelog.output-dir=" + directory.resolve("changelog"));
	}

	@BeforeEach
	void migrateThenLeaveALockBehindAsLiquibaseWritesIt() {
		contextRunner().run((context) -> {
			assertThat(context).hasNotFailed();
			new JdbcTemplate(context.getBean(DataSource.class)).update("update databasechangeloglock set locked = 1,"
					+ " lockgranted = datetime(current_timestamp, '-2 hours'), lockedby = 'worker-7 (10.0.0.7)'");
		});
	}

	@Test
	void reportsWhoHoldsAStaleLockAndForHowLong() {
		contextRunner().run((context) -> {
			assertThat(context).hasFailed();
			// Two hours: the text is read as UTC, whatever the JVM's time zone.
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(SchemaValidationException.class)
				.hasMessageContaining("[stale-lock] DATABASECHANGELOGLOCK: The Liquibase lock is held by worker-7 (10.0.0.7)")
				.hasMessageMatching("(?s).*\\(2h0?m?\\d*s?\\).*")
				// The fixes are in the failure analysis, not the exception's message.
				.satisfies((failure) -> assertThat(((SchemaValidationException) failure).getFailing().toString())
					.contains("schema-bootstrap.lock.release-stale=true"));
		});
	}

	@Test
	void releasesAStaleLockWhenToldTo() {
		contextRunner().withPropertyValues("schema-bootstrap.lock.release-stale=true").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(new JdbcTemplate(context.getBean(DataSource.class))
				.queryForObject("select locked from databasechangeloglock", Integer.class)).isZero();
		});
	}

	@Test
	void leavesALockThatIsNotStaleYetAlone() {
		contextRunner().withPropertyValues("schema-bootstrap.lock.stale-after=3h").run((context) -> {
			// Nothing is pending, so Liquibase itself does not need the lock.
			assertThat(context).hasNotFailed();
			assertThat(new JdbcTemplate(context.getBean(DataSource.class))
				.queryForObject("select lockedby from databasechangeloglock", String.class))
				.isEqualTo("worker-7 (10.0.0.7)");
		});
	}

}
