package dev.schemabootstrap.autoconfigure;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.schemabootstrap.autoconfigure.fixtures.flat.FlatConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance that starts while another one is creating the schema can see tables before it sees their history.
 * It must not take that half-made schema for an unmanaged database: it decides under Liquibase's lock, which the
 * migrating instance holds until its history is written.
 */
class AdoptionUnderLockTests {

	@TempDir
	Path outputDir;

	private final String url = "jdbc:h2:mem:adoption-lock-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private final JdbcTemplate jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", ""));

	private ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class))
			.withUserConfiguration(FlatConfiguration.class)
			.withPropertyValues("spring.datasource.url=" + url, "schema-bootstrap.changelog.output-dir=" + outputDir);
	}

	@Test
	void waitsForTheMigratingInstanceInsteadOfReportingItsHalfMadeSchema() throws Exception {
		contextRunner().run((context) -> assertThat(context).hasNotFailed());
		int changesets = jdbc.queryForObject("select count(*) from databasechangelog", Integer.class);
		// Another instance mid-migration, as the newcomer may see it: its lock held, one table not there yet,
		// its history not visible.
		jdbc.execute("alter table databasechangelog rename to changelog_aside");
		jdbc.execute("alter table books rename to books_aside");
		jdbc.update("update databasechangeloglock set locked = true, lockgranted = current_timestamp,"
				+ " lockedby = 'instance-a'");

		CompletableFuture<Throwable> newcomer = CompletableFuture.supplyAsync(() -> {
			Throwable[] failure = new Throwable[1];
			contextRunner().run((context) -> failure[0] = context.getStartupFailure());
			return failure[0];
		});
		Thread.sleep(3000);
		assertThat(newcomer).as("the newcomer waits for the lock").isNotDone();

		jdbc.execute("alter table books_aside rename to books");
		jdbc.execute("alter table changelog_aside rename to databasechangelog");
		jdbc.update("update databasechangeloglock set locked = false, lockgranted = null, lockedby = null");

		assertThat(newcomer.get(60, TimeUnit.SECONDS)).as("the newcomer's startup failure").isNull();
		assertThat(jdbc.queryForObject("select count(*) from databasechangelog", Integer.class)).isEqualTo(changesets);
		assertThat(jdbc.queryForObject("select count(distinct id) from databasechangelog", Integer.class))
			.isEqualTo(changesets);
	}

}
