package dev.schemabootstrap.autoconfigure.health;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapAutoConfiguration;
import dev.schemabootstrap.autoconfigure.fixtures.shop.ShopConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaHealthIndicatorTests {

	@TempDir
	Path outputDir;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
				SchemaBootstrapAutoConfiguration.class, SchemaHealthContributorAutoConfiguration.class))
		.withUserConfiguration(ShopConfiguration.class)
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	void isUpWithCountsWhenTheSchemaIsCreatedAndTheModelIsClean() {
		contextRunner.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir).run((context) -> {
			Health health = context.getBean(SchemaHealthIndicator.class).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("entities", 3)
				.containsEntry("tables", 3)
				.containsEntry("schemas", 1)
				.containsEntry("changelogMode", "generate")
				.containsEntry("drift", 0);
			@SuppressWarnings("unchecked")
			Map<String, Long> findings = (Map<String, Long>) health.getDetails().get("findings");
			assertThat(findings).containsEntry("error", 0L).containsEntry("warning", 0L).containsKey("info");
			@SuppressWarnings("unchecked")
			Map<String, Integer> changesets = (Map<String, Integer>) health.getDetails().get("changesets");
			assertThat(changesets).containsEntry("pending", 0);
			assertThat(changesets.get("applied")).isPositive();
		});
	}

	@Test
	void isDownWhenTheModelHasErrorFindings() {
		contextRunner
			.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir,
					"schema-bootstrap.validation.fail-on=never", "spring.jpa.hibernate.ddl-auto=update")
			.run((context) -> {
				Health health = context.getBean(SchemaHealthIndicator.class).health(true);
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				@SuppressWarnings("unchecked")
				Map<String, Long> findings = (Map<String, Long>) health.getDetails().get("findings");
				assertThat(findings).containsEntry("error", 1L);
			});
	}

	@Test
	void isDownWithAFindingWhenChangesetsArePending() {
		contextRunner
			.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir,
					"spring.liquibase.change-log=classpath:db/verify/changelog.yaml", "spring.liquibase.enabled=false",
					"schema-bootstrap.drift.enabled=false")
			.run((context) -> {
				Health health = context.getBean(SchemaHealthIndicator.class).health(true);
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("changesets", Map.of("applied", 0, "pending", 1));
				@SuppressWarnings("unchecked")
				Map<String, Long> findings = (Map<String, Long>) health.getDetails().get("findings");
				assertThat(findings).containsEntry("error", 1L);
			});
	}

	@Test
	void isDownAndCountsTheDifferencesWhenTheLiveSchemaDrifts() {
		contextRunner
			.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir,
					"spring.liquibase.change-log=classpath:db/verify/changelog.yaml",
					"schema-bootstrap.validation.fail-on=never")
			.run((context) -> {
				Health health = context.getBean(SchemaHealthIndicator.class).health(true);
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat((Integer) health.getDetails().get("drift")).isGreaterThanOrEqualTo(4);
			});
	}

	@Test
	void canBeDisabled() {
		contextRunner
			.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir,
					"management.health.schema.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SchemaHealthIndicator.class));
	}

}
