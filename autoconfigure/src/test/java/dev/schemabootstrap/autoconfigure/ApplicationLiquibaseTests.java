package dev.schemabootstrap.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties.ChangelogMode;
import dev.schemabootstrap.autoconfigure.fixtures.jhipster.AsyncLiquibase;
import dev.schemabootstrap.autoconfigure.fixtures.jhipster.JHipsterLikeConfiguration;
import dev.schemabootstrap.autoconfigure.fixtures.jhipster.OwnLiquibaseConfiguration;
import dev.schemabootstrap.autoconfigure.health.SchemaHealthContributorAutoConfiguration;
import dev.schemabootstrap.autoconfigure.health.SchemaHealthIndicator;
import dev.schemabootstrap.autoconfigure.liquibase.ChangelogStatusSupplier;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with a {@code SpringLiquibase} bean of its own, configured as JHipster does: its changelog is the
 * application's, whatever {@code spring.liquibase.change-log} says, and its update runs in the background after the
 * context has started.
 */
class ApplicationLiquibaseTests {

	@TempDir
	Path outputDir;

	private final String url = "jdbc:h2:mem:own-liquibase-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private ApplicationContextRunner contextRunner() {
		return contextRunner(JHipsterLikeConfiguration.class);
	}

	private ApplicationContextRunner contextRunner(Class<?> application) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class, SchemaHealthContributorAutoConfiguration.class))
			.withUserConfiguration(application)
			.withPropertyValues("spring.datasource.url=" + url,
					"schema-bootstrap.changelog.output-dir=" + outputDir);
	}

	@Test
	void verifiesTheBeansChangelogAndAddsNoneOfItsOwn() {
		contextRunner().run((context) -> {
			assertThat(context).hasNotFailed();
			SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
			assertThat(bootstrapper.getMode()).isEqualTo(ChangelogMode.VERIFY);
			assertThat(bootstrapper.getChangelogLocation()).isEqualTo("classpath:config/liquibase/master.xml");
			// Started before its schema exists: nothing is reported missing.
			assertThat(bootstrapper.getFindings().atLeast(Severity.WARNING).asList()).isEmpty();
			context.getBean(AsyncLiquibase.class).migration().join();

			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThat(jdbc.queryForList("select filename from databasechangelog", String.class))
				.containsOnly("config/liquibase/master.xml");
			// The faker context's CSV seed ran; the test context's row did not.
			assertThat(jdbc.queryForList("select name from product order by id", String.class))
				.containsExactly("Sturdy chair", "Oak table");
			assertThat(generatedFiles()).isEmpty();

			Health health = context.getBean(SchemaHealthIndicator.class).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("changelogMode", "verify").containsEntry("drift", 0);
			assertThat(bootstrapper.isDriftChecked()).isTrue();
			assertThat(bootstrapper.getFindings().atLeast(Severity.WARNING).asList()).isEmpty();
		});
	}

	@Test
	void comparesTheSchemaWithTheModelOnceTheBackgroundUpdateHasRun() {
		contextRunner().run((context) -> {
			assertThat(context).hasNotFailed();
			SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
			context.getBean(AsyncLiquibase.class).migration().join();
			new JdbcTemplate(context.getBean(DataSource.class)).execute("alter table product drop column name");

			Health health = context.getBean(SchemaHealthIndicator.class).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(bootstrapper.getFindings().withId("schema-drift").asList())
				.anySatisfy((finding) -> assertThat(finding.subject()).isEqualTo("product.name"));
		});
	}

	@Test
	void leavesTheDriftCheckUntilTheChangesetsAreApplied() {
		contextRunner().run((context) -> {
			assertThat(context).hasNotFailed();
			SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
			assertThat(bootstrapper.isDriftChecked()).isFalse();
			context.getBean(AsyncLiquibase.class).migration().join();
			assertThat(bootstrapper.isDriftChecked()).isFalse();
			ChangelogStatusSupplier status = new ChangelogStatusSupplier(bootstrapper,
					context.getBean(DataSource.class), context.getBean(LiquibaseProperties.class), context);
			assertThat(bootstrapper.getFindings(status.get())
				.atLeast(Severity.WARNING)
				.asList()).isEmpty();
			assertThat(bootstrapper.isDriftChecked()).isTrue();
		});
	}

	@Test
	void adoptsAnUnmanagedDatabaseWithTheBeansChangelogAndContexts() {
		new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""))
			.execute("create table product (id bigint not null primary key, name varchar(255) not null)");
		contextRunner(OwnLiquibaseConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed();
			SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
			assertThat(bootstrapper.getFindings().withId(FindingId.UNMANAGED_DATABASE.id()).asList()).singleElement()
				.satisfies((finding) -> assertThat(finding.severity()).isEqualTo(Severity.INFO));
			assertThat(bootstrapper.isDriftChecked()).isTrue();
			assertThat(bootstrapper.getFindings().atLeast(Severity.WARNING).asList()).isEmpty();
			// Recorded as applied: the changesets of the bean's changelog in its contexts, and nothing else.
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThat(jdbc.queryForList("select id from databasechangelog order by orderexecuted", String.class))
				.containsExactly("20260101000000-1", "20260101000000-1-data");
			assertThat(bootstrapper.getMigrationStatus().pending()).isZero();
		});
	}

	private List<Path> generatedFiles() throws IOException {
		try (var files = Files.list(outputDir)) {
			return files.toList();
		}
	}

}
