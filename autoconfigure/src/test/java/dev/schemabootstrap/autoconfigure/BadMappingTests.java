package dev.schemabootstrap.autoconfigure;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.schemabootstrap.autoconfigure.diagnostics.SchemaValidationFailureAnalyzer;
import dev.schemabootstrap.autoconfigure.fixtures.bad.BadMappingConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mapping with several problems, two of which Hibernate itself would refuse one at a time: startup stops before
 * any DDL or EntityManagerFactory, with every problem named.
 */
class BadMappingTests {

	// Static: the runner below is built when the test instance is, before instance fields are injected.
	@TempDir
	static Path outputDir;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
				SchemaBootstrapAutoConfiguration.class))
		.withUserConfiguration(BadMappingConfiguration.class)
		.withPropertyValues("spring.datasource.generate-unique-name=true",
				"schema-bootstrap.changelog.output-dir=" + outputDir);

	@Test
	void reportsEveryProblemAtOnceInsteadOfHibernatesFirstException() {
		contextRunner.run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new SchemaValidationFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("[duplicate-entity-name]")
				.contains("[conflicting-column-mapping]")
				.contains("Invoice")
				.contains("customer_id");
			assertThat(analysis.getAction()).contains("docs/findings/duplicate-entity-name.md")
				.contains("docs/findings/conflicting-column-mapping.md");
			assertThat(outputDir).isEmptyDirectory();
		});
	}

	@Test
	void listsWarningsBesideErrorsWhenWarningsStopStartupToo() {
		contextRunner.withPropertyValues("schema-bootstrap.validation.fail-on=warning").run((context) -> {
			FailureAnalysis analysis = new SchemaValidationFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("ERROR (")
				.contains("WARNING (")
				.contains("[redundant-index] client.ix_client_email");
		});
	}

}
