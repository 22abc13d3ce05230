package dev.schemabootstrap.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.randomized.entities.EntityCompiler;
import dev.schemabootstrap.testing.H2Models;

/**
 * Entity classes written in the test beside its assertions: each source is one class of the package
 * {@code inline}, with {@code java.util.*} and {@code jakarta.persistence.*} imported.
 */
final class CompiledEntities {

	private static final Pattern CLASS_NAME = Pattern.compile("\\bclass\\s+(\\w+)");

	private CompiledEntities() {
	}

	static List<Class<?>> compile(Path directory, String... sources) {
		Map<String, String> byName = new LinkedHashMap<>();
		for (String source : sources) {
			Matcher name = CLASS_NAME.matcher(source);
			if (!name.find()) {
				throw new IllegalArgumentException("No class in " + source);
			}
			byName.put("inline." + name.group(1),
					"package inline;\nimport java.util.*;\nimport jakarta.persistence.*;\n" + source);
		}
		try {
			return EntityCompiler.compile(byName, directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Analyses the classes as {@link Analyses#h2} does. */
	static SchemaAnalysis h2(Path directory, String... sources) {
		List<Class<?>> classes = compile(directory, sources);
		return SchemaAnalyzer.standard()
			.analyze(PersistenceUnit.of(classes.toArray(Class<?>[]::new)), H2Models.SETTINGS, Map.of(),
					classes.get(0).getClassLoader(), UnitEnvironment.NONE);
	}

}
