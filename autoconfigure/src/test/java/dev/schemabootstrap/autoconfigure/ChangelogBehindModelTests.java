package dev.schemabootstrap.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.schemabootstrap.autoconfigure.fixtures.shop.ShopConfiguration;
import dev.schemabootstrap.check.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with a changelog of its own ({@code verify} mode) whose entities moved ahead of it.
 */
class ChangelogBehindModelTests {

	@TempDir
	Path outputDir;

	private final String url = "jdbc:h2:mem:behind-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class))
			.withUserConfiguration(ShopConfiguration.class)
			.withPropertyValues("spring.datasource.url=" + url, "schema-bootstrap.changelog.output-dir=" + outputDir);
	}

	@Test
	void stopsWithTheChangesetsToAddAndThoseChangesetsCloseTheGap() throws Exception {
		contextRunner().withPropertyValues("spring.liquibase.change-log=classpath:db/verify/changelog.yaml")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).isInstanceOf(SchemaValidationException.class)
					.hasMessageContaining("[changelog-behind-model] classpath:db/verify/changelog.yaml: The entities"
							+ " have changes that no changeset of classpath:db/verify/changelog.yaml covers: 2 sequence(s),"
							+ " 3 table(s)")
					.hasMessageContaining("db.changelog-schema-bootstrap-next.yaml");
			});
		Path next = outputDir.resolve("db.changelog-schema-bootstrap-next.yaml");
		assertThat(Files.readString(next)).contains("logicalFilePath: schema-bootstrap/changelog-next")
			.contains("id: table-purchasing.suppliers")
			.contains("id: table-batches")
			.contains("id: sequence-batches_seq")
			.doesNotContain("drop");
		// The reviewed changesets, applied as the application's changelog: the tables now match the entities.
		contextRunner().withPropertyValues("spring.liquibase.change-log=" + next.toUri()).run((context) -> {
			assertThat(context).hasNotFailed();
			SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
			assertThat(bootstrapper.getFindings().atLeast(Severity.ERROR)).isEmpty();
			assertThat(bootstrapper.getFindings().withId("schema-drift").asList()).extracting("subject")
				.containsExactly("hand_written");
		});
	}

	@Test
	void saysNothingWhenTheChangelogCoversTheModel() {
		contextRunner().run((generated) -> assertThat(generated).hasNotFailed());
		Path generated = outputDir.resolve("db.changelog-schema-bootstrap.yaml");
		contextRunner().withPropertyValues("spring.liquibase.change-log=" + generated.toUri()).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SchemaBootstrapper.class).getFindings().withId("changelog-behind-model"))
				.isEmpty();
		});
	}

}
