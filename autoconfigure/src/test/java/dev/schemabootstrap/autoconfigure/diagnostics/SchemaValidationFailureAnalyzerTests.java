package dev.schemabootstrap.autoconfigure.diagnostics;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapAutoConfiguration;
import dev.schemabootstrap.autoconfigure.fixtures.shop.ShopConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaValidationFailureAnalyzerTests {

	@TempDir
	Path outputDir;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
				SchemaBootstrapAutoConfiguration.class))
		.withUserConfiguration(ShopConfiguration.class)
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	void listsEveryFindingThatStopsStartupWithItsFixAndTheProperties() {
		FailureAnalysis analysis = analyzeFailure("spring.jpa.hibernate.ddl-auto=create",
				"spring.jpa.properties.jakarta.persistence.schema-generation.database.action=drop-and-create");
		assertThat(analysis.getDescription()).isEqualTo("""
				Schema Bootstrap found 2 problem(s) that stop startup \
				(schema-bootstrap.validation.fail-on=error):

				ERROR (2):
				- [conflicting-schema-initializer] spring.jpa.hibernate.ddl-auto: \
				'spring.jpa.hibernate.ddl-auto=create' makes Hibernate write DDL beside the Liquibase changelog
				  Fix: Remove 'spring.jpa.hibernate.ddl-auto' (or set it to 'none' or 'validate'): \
				Schema Bootstrap creates and evolves the schema through Liquibase
				- [conflicting-schema-initializer] spring.jpa.properties.jakarta.persistence.schema-generation.database.action: \
				'spring.jpa.properties.jakarta.persistence.schema-generation.database.action=drop-and-create' \
				makes Hibernate write DDL beside the Liquibase changelog
				  Fix: Remove 'spring.jpa.properties.jakarta.persistence.schema-generation.database.action' \
				(or set it to 'none' or 'validate'): Schema Bootstrap creates and evolves the schema through Liquibase""");
		assertThat(analysis.getAction()).isEqualTo("""
				Fix each problem as its 'Fix:' line says; each finding is explained in:
				  https://github.com/schema-bootstrap/schema-bootstrap/blob/main/docs/findings/conflicting-schema-initializer.md
				To start anyway, silence a finding with 'schema-bootstrap.validation.suppress=<id>' or \
				'<id>:<subject-glob>', or set 'schema-bootstrap.validation.fail-on' to 'never'.""");
	}

	@Test
	void offersOnlyTheFailOnValuesLooserThanTheCurrentOne() {
		FailureAnalysis analysis = analyzeFailure("schema-bootstrap.validation.fail-on=warning",
				"spring.jpa.hibernate.ddl-auto=create");
		assertThat(analysis.getAction()).endsWith("or set 'schema-bootstrap.validation.fail-on' to 'error' (stop on"
				+ " errors only) or 'never'.");
	}

	@Test
	void linksEachFindingUnderTheConfiguredDocsUrl() {
		FailureAnalysis analysis = analyzeFailure("schema-bootstrap.docs-url=https://docs.example.org/schema-bootstrap",
				"spring.jpa.hibernate.ddl-auto=create");
		assertThat(analysis.getAction()).contains(
				"\n  https://docs.example.org/schema-bootstrap/findings/conflicting-schema-initializer.md\n");
	}

	@Test
	void doesNotApplyToOtherFailures() {
		assertThat(new SchemaValidationFailureAnalyzer().analyze(new IllegalStateException("other"))).isNull();
	}

	private FailureAnalysis analyzeFailure(String... properties) {
		FailureAnalysis[] analysis = new FailureAnalysis[1];
		contextRunner.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir)
			.withPropertyValues(properties)
			.run((context) -> {
				assertThat(context).hasFailed();
				analysis[0] = new SchemaValidationFailureAnalyzer().analyze(context.getStartupFailure());
			});
		assertThat(analysis[0]).isNotNull();
		return analysis[0];
	}

}
