package dev.schemabootstrap.autoconfigure;

import java.nio.file.Path;

import org.hibernate.DuplicateMappingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.schemabootstrap.autoconfigure.diagnostics.SchemaValidationFailureAnalyzer;
import dev.schemabootstrap.autoconfigure.fixtures.duplicatecolumn.DuplicateColumnConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @ManyToOne @JoinColumn(name = "incident_id")} beside a plain {@code Long incidentId}: Hibernate refuses
 * the EntityManagerFactory with a DuplicateMappingException; with the starter, startup stops first with the
 * conflicting-column-mapping finding, before any DDL; in verify mode the failed EntityManagerFactory boot becomes
 * that finding.
 */
class DuplicateColumnStartupTests {

	@TempDir
	static Path outputDir;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class))
		.withUserConfiguration(DuplicateColumnConfiguration.class)
		.withPropertyValues("spring.datasource.generate-unique-name=true",
				"schema-bootstrap.changelog.output-dir=" + outputDir);

	@Test
	void hibernateAloneRefusesTheEntityManagerFactory() {
		contextRunner.withPropertyValues("spring.liquibase.enabled=false").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(DuplicateMappingException.class);
		});
	}

	@Test
	void theStarterStopsStartupWithTheFindingInstead() {
		contextRunner.withConfiguration(AutoConfigurations.of(SchemaBootstrapAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new SchemaValidationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("[conflicting-column-mapping]")
					.contains("Content.incidentId")
					.contains("content.incident_id");
				assertThat(analysis.getAction()).contains("docs/findings/conflicting-column-mapping.md");
				assertThat(outputDir).isEmptyDirectory();
			});
	}

	@Test
	void inVerifyModeTheFailedEntityManagerFactoryBecomesTheFindingToo() {
		contextRunner.withConfiguration(AutoConfigurations.of(SchemaBootstrapAutoConfiguration.class))
			.withPropertyValues("spring.liquibase.change-log=classpath:db/verify/changelog.yaml")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new SchemaValidationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("[conflicting-column-mapping]")
					.contains("Content.incidentId");
			});
	}

}
