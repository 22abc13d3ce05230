package dev.schemabootstrap.autoconfigure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import dev.schemabootstrap.check.ConflictingSchemaInitializerCheck;

/**
 * The application's configuration that checks read, by property name: only properties that are set. For
 * {@code spring.sql.init} it records the schema scripts that would actually run, the way Spring Boot's script
 * initializer decides it (mode, embedded database, scripts present).
 */
final class ApplicationSettings {

	private static final List<String> PROPERTIES = List.of("spring.jpa.hibernate.ddl-auto",
			"spring.jpa.properties.hibernate.hbm2ddl.auto",
			"spring.jpa.properties.jakarta.persistence.schema-generation.database.action",
			"spring.jpa.properties.javax.persistence.schema-generation.database.action");

	private static final List<String> DEFAULT_SCHEMA_LOCATIONS = List.of("optional:classpath*:schema-all.sql",
			"optional:classpath*:schema.sql");

	private ApplicationSettings() {
	}

	static Map<String, String> read(Environment environment, ResourcePatternResolver resources,
			DataSource dataSource) {
		Map<String, String> settings = new LinkedHashMap<>();
		for (String property : PROPERTIES) {
			String value = environment.getProperty(property);
			if (value != null) {
				settings.put(property, value);
			}
		}
		List<String> scripts = activeSchemaScripts(environment, resources, dataSource);
		if (!scripts.isEmpty()) {
			settings.put(ConflictingSchemaInitializerCheck.SQL_INIT_SCHEMA_SCRIPTS, String.join(", ", scripts));
		}
		return settings;
	}

	private static List<String> activeSchemaScripts(Environment environment, ResourcePatternResolver resources,
			DataSource dataSource) {
		String mode = environment.getProperty("spring.sql.init.mode", "embedded").toLowerCase(Locale.ROOT);
		if (mode.equals("never") || (mode.equals("embedded") && !EmbeddedDatabaseConnection.isEmbedded(dataSource))) {
			return List.of();
		}
		String[] configured = environment.getProperty("spring.sql.init.schema-locations", String[].class);
		List<String> locations = configured != null ? List.of(configured) : DEFAULT_SCHEMA_LOCATIONS;
		List<String> found = new ArrayList<>();
		for (String location : locations) {
			String pattern = location.startsWith("optional:") ? location.substring("optional:".length()) : location;
			try {
				for (Resource resource : resources.getResources(pattern)) {
					if (resource.exists()) {
						found.add(location);
						break;
					}
				}
			}
			catch (IOException ex) {
				// An unreadable location runs no DDL either.
			}
		}
		return found;
	}

}
