package dev.schemabootstrap.autoconfigure.diagnostics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.convert.ConversionException;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties;

/**
 * Explains a bad {@code schema-bootstrap.*} property: the property, its value and where it was set, and the values
 * it takes with its default; for a property that does not exist, the nearest one that does.
 */
public class SchemaBootstrapPropertiesFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {

	private static final String PREFIX = "schema-bootstrap";

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
		String name = cause.getName().toString();
		if (!name.equals(PREFIX) && !name.startsWith(PREFIX + ".")) {
			return null;
		}
		if (cause.getCause() instanceof UnboundConfigurationPropertiesException unbound) {
			return unknown(unbound, cause);
		}
		ConfigurationProperty property = cause.getProperty();
		if (property != null) {
			// A value a setter refused is reported on the enclosing group: name the property itself.
			name = property.getName().toString().replaceAll("\\[\\d+]$", "");
		}
		String value = property != null ? String.valueOf(property.getValue()) : "(not shown)";
		String reason = cause.getCause() instanceof ConversionException || cause.getCause() == null ? ""
				: ": " + rootMessage(cause.getCause());
		String description = "Invalid value '" + value + "' for property '" + name + "'" + origin(property) + reason
				+ ".";
		Class<?> type = propertyType(name);
		return new FailureAnalysis(description, "Set '" + name + "' to "
				+ allowed(name, type != null ? type : cause.getTarget().getType().resolve(Object.class)) + defaultValue(name)
				+ ".", cause);
	}

	private FailureAnalysis unknown(UnboundConfigurationPropertiesException unbound, BindException cause) {
		List<String> known = knownProperties();
		StringBuilder description = new StringBuilder();
		StringBuilder action = new StringBuilder();
		unbound.getUnboundProperties().stream().sorted(Comparator.comparing((p) -> p.getName().toString()))
			.forEach((property) -> {
				String name = property.getName().toString();
				description.append(description.isEmpty() ? "" : "\n").append("Unknown property '").append(name)
					.append("'").append(origin(property)).append('.');
				String nearest = known.stream().min(Comparator.comparingInt((k) -> distance(k, name))).orElseThrow();
				action.append(action.isEmpty() ? "" : "\n").append("Did you mean '").append(nearest)
					.append("'? Otherwise remove '").append(name).append("'.");
			});
		action.append("\nThe properties of Schema Bootstrap are: ").append(String.join(", ", known)).append('.');
		return new FailureAnalysis(description.toString(), action.toString(), cause);
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

	private static @Nullable Class<?> propertyType(String name) {
		BeanWrapper defaults = PropertyAccessorFactory.forBeanPropertyAccess(new SchemaBootstrapProperties());
		String path = name.length() > PREFIX.length() ? camelCase(name.substring(PREFIX.length() + 1)) : "";
		return !path.isEmpty() && defaults.isReadableProperty(path) ? defaults.getPropertyType(path) : null;
	}

	private static String origin(@Nullable ConfigurationProperty property) {
		if (property == null || property.getOrigin() == null) {
			return "";
		}
		return " (set in " + property.getOrigin() + ")";
	}

	private static String allowed(String name, Class<?> type) {
		if (name.equals(PREFIX + ".packages")) {
			return "a comma-separated list of Java package names such as 'com.example.store'";
		}
		if (name.equals(PREFIX + ".changelog.output-dir")) {
			return "the path of a directory (it is created when missing)";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> "'" + ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-') + "'")
				.collect(Collectors.joining(", "));
		}
		if (type == boolean.class || type == Boolean.class) {
			return "'true' or 'false'";
		}
		if (type == Duration.class) {
			return "a positive duration such as '90s', '10m' or '2h' (ISO-8601 such as 'PT10M' works too)";
		}
		if (List.class.isAssignableFrom(type)) {
			return "a comma-separated list";
		}
		return "a value of type " + type.getSimpleName();
	}

	/** The default, read from a fresh {@link SchemaBootstrapProperties}. */
	private static String defaultValue(String name) {
		BeanWrapper defaults = PropertyAccessorFactory.forBeanPropertyAccess(new SchemaBootstrapProperties());
		String path = name.length() > PREFIX.length() ? camelCase(name.substring(PREFIX.length() + 1)) : "";
		if (path.isEmpty() || !defaults.isReadableProperty(path)) {
			return "";
		}
		Object value = defaults.getPropertyValue(path);
		if (value == null || (value instanceof Collection<?> collection && collection.isEmpty())) {
			return "";
		}
		String text = value instanceof Enum<?> constant ? constant.name().toLowerCase(Locale.ROOT).replace('_', '-')
				: value instanceof Duration duration ? duration.toString().substring(2).toLowerCase(Locale.ROOT)
						: String.valueOf(value);
		return " (the default is '" + text + "')";
	}

	/** Every {@code schema-bootstrap.*} property, in kebab case, read from {@link SchemaBootstrapProperties}. */
	static List<String> knownProperties() {
		List<String> names = new ArrayList<>();
		collect(PREFIX, PropertyAccessorFactory.forBeanPropertyAccess(new SchemaBootstrapProperties()), names);
		return names;
	}

	private static void collect(String prefix, BeanWrapper bean, List<String> names) {
		for (var descriptor : bean.getPropertyDescriptors()) {
			String name = descriptor.getName();
			if (name.equals("class")) {
				continue;
			}
			String property = prefix + "." + kebabCase(name);
			Class<?> type = descriptor.getPropertyType();
			if (type != null && type.getEnclosingClass() == SchemaBootstrapProperties.class && !type.isEnum()) {
				collect(property, PropertyAccessorFactory.forBeanPropertyAccess(bean.getPropertyValue(name)), names);
			}
			else {
				names.add(property);
			}
		}
	}

	private static String kebabCase(String camelCase) {
		return camelCase.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	private static String camelCase(String kebabCase) {
		StringBuilder result = new StringBuilder();
		boolean upper = false;
		for (char c : kebabCase.toCharArray()) {
			if (c == '-') {
				upper = true;
			}
			else {
				result.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return result.toString();
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			int[] current = new int[b.length() + 1];
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			previous = current;
		}
		return previous[b.length()];
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
