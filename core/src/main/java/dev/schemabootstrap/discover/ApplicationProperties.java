package dev.schemabootstrap.discover;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A Spring Boot application's configuration files ({@code application.yml}, {@code application.properties}) read
 * without Spring, so that a plain unit test analyses the entities with the Hibernate settings the application
 * starts with. Only what Spring Boot itself would read without a profile is taken: YAML documents that activate on
 * a profile or a cloud platform are skipped, and a placeholder that names neither a property of the files, a
 * system property nor an environment variable, and has no default, leaves its property out.
 *
 * @param properties the properties by their flat name ({@code spring.jpa.properties.hibernate.dialect}), later
 * files overriding earlier ones
 */
public record ApplicationProperties(Map<String, String> properties) {

	public static final ApplicationProperties NONE = new ApplicationProperties(Map.of());

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

	private static final String JPA_PROPERTIES = "spring.jpa.properties.";

	/** Boot's own {@code spring.jpa.*} properties and the Hibernate settings they set. */
	private static final Map<String, String> SPRING_JPA_TO_HIBERNATE = Map.of(
			"spring.jpa.database-platform", "hibernate.dialect",
			"spring.jpa.hibernate.naming.physical-strategy", "hibernate.physical_naming_strategy",
			"spring.jpa.hibernate.naming.implicit-strategy", "hibernate.implicit_naming_strategy",
			"spring.jpa.hibernate.ddl-auto", "hibernate.hbm2ddl.auto");

	public ApplicationProperties {
		properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}

	/**
	 * Reads class path resources in order, later ones overriding earlier ones; a resource that does not exist is
	 * skipped. Typically {@code read(loader, "application.yml", "application.properties")}.
	 */
	public static ApplicationProperties read(ClassLoader classLoader, String... resources) {
		Map<String, String> raw = new LinkedHashMap<>();
		for (String resource : resources) {
			URL url = classLoader.getResource(resource.startsWith("/") ? resource.substring(1) : resource);
			if (url != null) {
				raw.putAll(read(url, resource));
			}
		}
		return new ApplicationProperties(resolved(raw));
	}

	private static Map<String, String> read(URL url, String name) {
		try (InputStream in = url.openStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return name.endsWith(".properties") ? fromProperties(text) : fromYaml(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + url, ex);
		}
	}

	private static Map<String, String> fromProperties(String text) throws IOException {
		Properties properties = new Properties();
		properties.load(new java.io.StringReader(text));
		Map<String, String> flat = new LinkedHashMap<>();
		properties.stringPropertyNames().stream().sorted()
			.forEach((key) -> flat.put(canonical(key), properties.getProperty(key).trim()));
		return flat;
	}

	private static Map<String, String> fromYaml(String text) {
		Map<String, String> flat = new LinkedHashMap<>();
		for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
			if (document instanceof Map<?, ?> map) {
				Map<String, String> documentProperties = new LinkedHashMap<>();
				flatten("", map, documentProperties);
				if (!documentProperties.containsKey("spring.config.activate.on-profile")
						&& !documentProperties.containsKey("spring.config.activate.on-cloud-platform")) {
					flat.putAll(documentProperties);
				}
			}
		}
		return flat;
	}

	private static void flatten(String prefix, Object value, Map<String, String> flat) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, child) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, child,
					flat));
		}
		else if (value instanceof List<?> list) {
			List<String> items = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				flatten(prefix + "[" + i + "]", list.get(i), flat);
				items.add(String.valueOf(list.get(i)));
			}
			flat.put(canonical(prefix), String.join(",", items));
		}
		else if (value != null) {
			flat.put(canonical(prefix), String.valueOf(value).trim());
		}
	}

	/**
	 * Boot's relaxed binding, for the names it binds: {@code spring.jpa.databasePlatform} is
	 * {@code spring.jpa.database-platform}. The keys below {@code spring.jpa.properties.} are Hibernate's own and
	 * are kept as written.
	 */
	private static String canonical(String name) {
		if (name.startsWith(JPA_PROPERTIES)) {
			return name;
		}
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(Locale.ROOT);
	}

	private static Map<String, String> resolved(Map<String, String> raw) {
		Map<String, String> resolved = new LinkedHashMap<>();
		raw.forEach((key, value) -> {
			String text = resolve(value, raw, 0);
			if (text != null) {
				resolved.put(key, text);
			}
		});
		return resolved;
	}

	private static String resolve(String value, Map<String, String> raw, int depth) {
		Matcher placeholder = PLACEHOLDER.matcher(value);
		StringBuilder result = new StringBuilder();
		while (placeholder.find()) {
			String name = placeholder.group(1).trim();
			String replacement = raw.containsKey(canonical(name)) && depth < 8
					? resolve(raw.get(canonical(name)), raw, depth + 1) : null;
			if (replacement == null) {
				replacement = System.getProperty(name, System.getenv(name));
			}
			if (replacement == null) {
				replacement = placeholder.group(2);
			}
			if (replacement == null) {
				return null;
			}
			placeholder.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		placeholder.appendTail(result);
		return result.toString();
	}

	/**
	 * The Hibernate settings Spring Boot's EntityManagerFactory would get from these properties: every
	 * {@code spring.jpa.properties.*} as written, and the {@code spring.jpa.*} properties Boot maps to a setting
	 * (dialect, naming strategies, {@code ddl-auto}).
	 */
	public Map<String, String> hibernateSettings() {
		Map<String, String> settings = new LinkedHashMap<>();
		SPRING_JPA_TO_HIBERNATE.forEach((property, setting) -> {
			String value = properties.get(property);
			if (value != null) {
				settings.put(setting, value);
			}
		});
		properties.forEach((key, value) -> {
			if (key.startsWith(JPA_PROPERTIES)) {
				settings.put(key.substring(JPA_PROPERTIES.length()), value);
			}
		});
		return settings;
	}

}
