package dev.schemabootstrap.autoconfigure.matrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapAutoConfiguration;

/** The application every matrix scenario starts: a model on a database, with Spring Boot's own auto-configuration. */
final class MatrixApplications {

	private MatrixApplications() {
	}

	/**
	 * @param url the database
	 * @param outputDir where Schema Bootstrap writes its changelog
	 * @param model the configuration that names the entities
	 * @param properties the scenario's own properties
	 */
	static ApplicationContextRunner runner(String url, Path outputDir, Class<?> model, List<String> properties) {
		List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + url,
				"schema-bootstrap.changelog.output-dir=" + outputDir, "spring.jpa.open-in-view=false"));
		all.addAll(properties);
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					TransactionAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
					LiquibaseAutoConfiguration.class, SchemaBootstrapAutoConfiguration.class))
			.withUserConfiguration(model)
			.withPropertyValues(all.toArray(String[]::new));
	}

}
