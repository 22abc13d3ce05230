package dev.schemabootstrap.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.ClassUtils;

/**
 * The tables that libraries of the application create themselves, with their own schema script, when Spring Boot's
 * initializer for that library would run it against this database: Spring Batch ({@code BATCH_*}), Spring Session
 * JDBC ({@code SPRING_SESSION*}), Quartz's JDBC job store ({@code QRTZ_*}) and Spring Integration JDBC
 * ({@code INT_*}). Those tables are the library's, not the model's: they are neither drift nor a sign of an existing
 * database to adopt (the library may create them before Liquibase first runs). Only when the library's initializer
 * owns them: its bean is defined, and its {@code initialize-schema} mode runs the script here ({@code always}, or
 * {@code embedded}, the default, on an embedded database). With {@code never} the application keeps those tables
 * itself (a changeset, a DBA), and they are compared like any other table.
 * <p>
 * The names are read from the scripts themselves ({@code <prefix>.schema}, or the library's default), every
 * platform's variant of the script at once, since the names do not depend on the platform: a custom script with
 * another table prefix names its own tables.
 */
final class LibraryTables {

	private static final Pattern CREATE_TABLE = Pattern
		.compile("CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?[\"`\\[]?(?:\\w+[\"`\\]]?\\.[\"`\\[]?)?(\\w+)",
				Pattern.CASE_INSENSITIVE);

	/** Each library: its initializer bean's class, its properties' prefix, the default location of its script. */
	private static final List<Library> LIBRARIES = List.of(
			new Library("org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSourceScriptDatabaseInitializer",
					"spring.batch.jdbc", "classpath:org/springframework/batch/core/schema-@@platform@@.sql"),
			new Library(
					"org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionDataSourceScriptDatabaseInitializer",
					"spring.session.jdbc", "classpath:org/springframework/session/jdbc/schema-@@platform@@.sql"),
			new Library("org.springframework.boot.quartz.autoconfigure.QuartzDataSourceScriptDatabaseInitializer",
					"spring.quartz.jdbc", "classpath:org/quartz/impl/jdbcjobstore/tables_@@platform@@.sql"),
			new Library(
					"org.springframework.boot.integration.autoconfigure.IntegrationDataSourceScriptDatabaseInitializer",
					"spring.integration.jdbc", "classpath:org/springframework/integration/jdbc/schema-@@platform@@.sql"));

	private LibraryTables() {
	}

	/** The tables, in lower case, sorted, that the libraries' own initializers create on this data source. */
	static Set<String> read(Environment environment, ResourcePatternResolver resources, ListableBeanFactory beans,
			DataSource dataSource) {
		Set<String> tables = new TreeSet<>();
		for (Library library : LIBRARIES) {
			if (library.initializes(environment, resources.getClassLoader(), beans, dataSource)) {
				String location = environment.getProperty(library.prefix + ".schema", library.defaultSchema);
				tables.addAll(createdTables(resources, location));
			}
		}
		return tables;
	}

	/** The tables the script(s) at a location create, every platform's variant of a {@code @@platform@@} one. */
	static Set<String> createdTables(ResourcePatternResolver resources, String location) {
		String pattern = location.replace("@@platform@@", "*");
		if (pattern.startsWith("classpath:")) {
			pattern = "classpath*:" + pattern.substring("classpath:".length());
		}
		Set<String> tables = new TreeSet<>();
		try {
			for (Resource script : resources.getResources(pattern)) {
				if (script.exists()) {
					tables.addAll(createdTables(script));
				}
			}
		}
		catch (IOException ex) {
			// An unreadable script creates nothing the starter could tell apart.
		}
		return tables;
	}

	private static Set<String> createdTables(Resource script) throws IOException {
		String sql;
		try (InputStream input = script.getInputStream()) {
			sql = new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		Set<String> tables = new TreeSet<>();
		Matcher matcher = CREATE_TABLE.matcher(sql);
		while (matcher.find()) {
			tables.add(matcher.group(1).toLowerCase(Locale.ROOT));
		}
		return tables;
	}

	private record Library(String initializer, String prefix, String defaultSchema) {

		/** Whether Spring Boot's initializer for this library is defined and would run its script here. */
		boolean initializes(Environment environment, @Nullable ClassLoader classLoader, ListableBeanFactory beans,
				DataSource dataSource) {
			if (!ClassUtils.isPresent(initializer, classLoader) || beans
				.getBeanNamesForType(ClassUtils.resolveClassName(initializer, classLoader), true, false).length == 0) {
				return false;
			}
			String mode = environment.getProperty(prefix + ".initialize-schema", "embedded").toLowerCase(Locale.ROOT);
			return mode.equals("always") || (mode.equals("embedded") && EmbeddedDatabaseConnection.isEmbedded(dataSource));
		}

	}

}
