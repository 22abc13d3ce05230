package dev.schemabootstrap.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.randomized.entities.EntityCompiler;

/**
 * Entity classes written in the test beside its assertions: each source is one class of the package
 * {@code inline}, with {@code java.util.*} and {@code jakarta.persistence.*} imported. Each call compiles into a
 * directory of its own under the given one, so a test may compile several models. {@link Analyses} analyses them
 * as it does fixture classes: {@link #h2} and {@link #on} here, or {@code Analyses.on(dialect, compile(...))} to
 * analyse one compiled model for several databases.
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
			Files.createDirectories(directory);
			return EntityCompiler.compile(byName, Files.createTempDirectory(directory, "entities"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Compiles the sources and analyses the classes as {@link Analyses#h2} does. */
	static SchemaAnalysis h2(Path directory, String... sources) {
		return Analyses.h2(compile(directory, sources));
	}

	/** Compiles the sources and analyses the classes as {@link Analyses#on} does, for the dialect. */
	static SchemaAnalysis on(String dialect, Path directory, String... sources) {
		return Analyses.on(dialect, compile(directory, sources));
	}

}
