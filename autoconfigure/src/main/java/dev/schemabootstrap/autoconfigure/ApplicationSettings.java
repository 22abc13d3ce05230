package dev.schemabootstrap.autoconfigure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.ClassUtils;

import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.check.ConflictingSchemaInitializerCheck;

/**
 * The application's configuration that checks read, by property name: only properties that are set. For
 * {@code spring.sql.init} it records the schema scripts that would actually run, the way Spring Boot's script
 * initializer decides it (mode, embedded database, scripts present). For Flyway it records the locations it would
 * migrate, or that no one runs them because Spring Boot's Flyway module is missing. It records the tables that
 * libraries create themselves with their own schema scripts ({@link LibraryTables}).
 */
final class ApplicationSettings {

	private static final List<String> PROPERTIES = List.of("spring.jpa.hibernate.ddl-auto",
			"spring.jpa.properties.hibernate.hbm2ddl.auto",
			"spring.jpa.properties.jakarta.persistence.schema-generation.database.action",
			"spring.jpa.properties.javax.persistence.schema-generation.database.action");

	private static final List<String> DEFAULT_SCHEMA_LOCATIONS = List.of("optional:classpath*:schema-all.sql",
			"optional:classpath*:schema.sql");

	private static final String FLYWAY = "org.flywaydb.core.Flyway";

	private static final String FLYWAY_AUTO_CONFIGURATION =
			"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration";

	private ApplicationSettings() {
	}

	static Map<String, String> read(Environment environment, ResourcePatternResolver resources,
			ListableBeanFactory beans, DataSource dataSource) {
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
		readFlyway(environment, resources.getClassLoader(), beans, settings);
		Set<String> libraryTables = LibraryTables.read(environment, resources, beans, dataSource);
		if (!libraryTables.isEmpty()) {
			settings.put(SchemaAnalyzer.LIBRARY_TABLES, String.join(",", libraryTables));
		}
		return settings;
	}

	/**
	 * Flyway migrates at startup when there is a {@code Flyway} bean: Spring Boot's Flyway auto-configuration
	 * defines one when its module is present and {@code spring.flyway.enabled} is not false. Flyway's library
	 * without that module is inert in Spring Boot 4.
	 */
	private static void readFlyway(Environment environment, @Nullable ClassLoader classLoader,
			ListableBeanFactory beans, Map<String, String> settings) {
		if (!ClassUtils.isPresent(FLYWAY, classLoader)
				|| !environment.getProperty("spring.flyway.enabled", Boolean.class, true)) {
			return;
		}
		String locations = String.join(", ", environment.getProperty("spring.flyway.locations", String[].class,
				new String[] { "classpath:db/migration" }));
		if (beans.getBeanNamesForType(ClassUtils.resolveClassName(FLYWAY, classLoader), true, false).length > 0) {
			settings.put(ConflictingSchemaInitializerCheck.FLYWAY_LOCATIONS, locations);
		}
		else if (!ClassUtils.isPresent(FLYWAY_AUTO_CONFIGURATION, classLoader)) {
			settings.put(ConflictingSchemaInitializerCheck.INERT_FLYWAY_LOCATIONS, locations);
		}
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
