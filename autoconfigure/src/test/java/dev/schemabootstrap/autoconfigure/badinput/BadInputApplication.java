package dev.schemabootstrap.autoconfigure.badinput;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application of one model on one database, started the way Spring Boot starts it (DataSource, Hibernate,
 * Liquibase and Schema Bootstrap auto-configuration), with properties added case by case. Immutable.
 */
record BadInputApplication(Class<?> model, List<String> properties) {

	static BadInputApplication of(Class<?> model, String url, Path outputDir) {
		return new BadInputApplication(model, List.of("spring.datasource.url=" + url,
				"schema-bootstrap.changelog.output-dir=" + outputDir,
				// An unreachable server fails at once instead of after Hikari's 30 seconds.
				"spring.datasource.hikari.connection-timeout=3000"));
	}

	BadInputApplication with(String... more) {
		List<String> all = new ArrayList<>(properties);
		all.addAll(List.of(more));
		return new BadInputApplication(model, List.copyOf(all));
	}

	/** Starts the application, which must start, and hands it to {@code consumer}. */
	void starts(ContextConsumer<AssertableApplicationContext> consumer) {
		runner().run((context) -> {
			assertThat(context).hasNotFailed();
			consumer.accept(context);
		});
	}

	void starts() {
		starts((context) -> {
		});
	}

	/** Starts the application, which must fail, and returns what Spring Boot prints about the failure. */
	FailureAnalysis failsToStart() {
		FailureAnalysis[] analysis = new FailureAnalysis[1];
		runner().run((context) -> {
			assertThat(context).hasFailed();
			analysis[0] = StartupFailure.analyze(context.getStartupFailure(), properties);
		});
		return analysis[0];
	}

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class))
			.withUserConfiguration(model)
			.withPropertyValues(properties.toArray(String[]::new));
	}

}
