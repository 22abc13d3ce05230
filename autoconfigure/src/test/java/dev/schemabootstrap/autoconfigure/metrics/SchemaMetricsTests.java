package dev.schemabootstrap.autoconfigure.metrics;

import java.nio.file.Path;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapAutoConfiguration;
import dev.schemabootstrap.autoconfigure.fixtures.shop.ShopConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaMetricsTests {

	@TempDir
	Path outputDir;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
				SchemaBootstrapAutoConfiguration.class, SchemaMetricsAutoConfiguration.class))
		.withUserConfiguration(ShopConfiguration.class)
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	void measuresFindingsChangesetsAndTheMigration() {
		contextRunner.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir).run((context) -> {
			SimpleMeterRegistry registry = new SimpleMeterRegistry();
			context.getBean(SchemaMetrics.class).bindTo(registry);
			assertThat(registry.get("schema.bootstrap.findings").tag("severity", "error").gauge().value()).isZero();
			assertThat(registry.get("schema.bootstrap.findings").tag("severity", "info").gauge().value()).isOne();
			// The shop's changelog on an in-memory database: one changeset per stage (schemas, sequences, tables,
			// indexes).
			assertThat(registry.get("schema.bootstrap.changesets").tag("state", "applied").gauge().value())
				.isEqualTo(4);
			assertThat(registry.get("schema.bootstrap.changesets").tag("state", "pending").gauge().value()).isZero();
			assertThat(registry.get("schema.bootstrap.migration.duration").timeGauge()
				.value(java.util.concurrent.TimeUnit.MILLISECONDS)).isPositive();
		});
	}

	@Test
	void reportsNoMigrationWhenLiquibaseDidNotRun() {
		contextRunner
			.withPropertyValues("schema-bootstrap.changelog.mode=off", "spring.liquibase.enabled=false",
					"schema-bootstrap.validation.fail-on=never")
			.run((context) -> {
				SimpleMeterRegistry registry = new SimpleMeterRegistry();
				context.getBean(SchemaMetrics.class).bindTo(registry);
				assertThat(registry.get("schema.bootstrap.changesets").tag("state", "applied").gauge().value()).isNaN();
			});
	}

}
