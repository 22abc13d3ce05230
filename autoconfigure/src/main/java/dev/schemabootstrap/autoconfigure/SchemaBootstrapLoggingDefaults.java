package dev.schemabootstrap.autoconfigure;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps startup logs short: Liquibase logs several INFO lines per changeset, thousands for a large model, so
 * its level defaults to WARN while Schema Bootstrap is enabled, and Schema Bootstrap logs one line for the
 * migration instead. Any {@code logging.level.liquibase} of the application wins.
 */
class SchemaBootstrapLoggingDefaults implements EnvironmentPostProcessor {

	static final String PROPERTY_SOURCE_NAME = "schemaBootstrapLoggingDefaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty("schema-bootstrap.enabled", Boolean.class, true)) {
			environment.getPropertySources()
				.addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of("logging.level.liquibase", "warn")));
		}
	}

}
