package dev.schemabootstrap.benchmarks.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import jakarta.persistence.Entity;

import dev.schemabootstrap.discover.PersistenceUnit;

/**
 * A generated entity model, compiled and loadable: the sources of {@link EntitySourceGenerator} compiled with the
 * JDK's compiler into a directory under the temp dir, reused by later runs (and JMH forks) with the same size,
 * seed and sources, and loaded by a class loader of its own.
 */
public final class GeneratedModel {

	/** The seed every benchmark uses, so that all of them measure the same models. */
	public static final long DEFAULT_SEED = 20260101L;

	private final int size;

	private final List<String> entityClassNames;

	private final Path classesDirectory;

	private GeneratedModel(int size, List<String> entityClassNames, Path classesDirectory) {
		this.size = size;
		this.entityClassNames = entityClassNames;
		this.classesDirectory = classesDirectory;
	}

	public static GeneratedModel of(int size) {
		return of(size, DEFAULT_SEED);
	}

	public static GeneratedModel of(int size, long seed) {
		EntitySourceGenerator generator = new EntitySourceGenerator(size, seed);
		return compiled(size, generator.sources(), generator.entityClassNames());
	}

	/**
	 * The next version of the model of {@link #of(int)}: {@code changed} entities, spread evenly, each get a new
	 * column, a new foreign key or a new table that references them (see {@link ModelChanges}).
	 */
	public static GeneratedModel changed(int size, int changed) {
		return variant(size, changed, false);
	}

	/**
	 * The model of {@link #of(int)} with {@code changed} entities changed (0 for none, see {@link ModelChanges}),
	 * and, if {@code defaultSchema}, every table in the default schema instead of the three named ones (the
	 * table names stay unique).
	 */
	public static GeneratedModel variant(int size, int changed, boolean defaultSchema) {
		EntitySourceGenerator generator = new EntitySourceGenerator(size, DEFAULT_SEED);
		List<String> entityClassNames = new ArrayList<>(generator.entityClassNames());
		Map<String, String> sources = changed == 0 ? generator.sources()
				: new ModelChanges(size, changed).apply(generator.sources(), entityClassNames);
		if (defaultSchema) {
			sources.replaceAll((name, source) -> source.replaceFirst("schema = \"[a-z]+\",?\\s*", ""));
		}
		return compiled(size, sources, List.copyOf(entityClassNames));
	}

	private static GeneratedModel compiled(int size, Map<String, String> sources, List<String> entityClassNames) {
		Path directory = Path.of(System.getProperty("java.io.tmpdir"), "schema-bootstrap-benchmarks",
				"entities-" + size + "-" + hash(sources));
		try {
			if (!Files.exists(directory.resolve("COMPLETE"))) {
				compile(sources, directory);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new GeneratedModel(size, entityClassNames, directory.resolve("classes"));
	}

	public int size() {
		return size;
	}

	/** The directory of the compiled entity classes, for a classpath of another JVM. */
	public Path classesDirectory() {
		return classesDirectory;
	}

	public PersistenceUnit persistenceUnit() {
		return new PersistenceUnit(entityClassNames, List.of());
	}

	/** A new class loader holding the entity classes, a child of the one that loaded this class. */
	public ClassLoader newClassLoader() {
		try {
			return new URLClassLoader("generated-entities-" + size, new URL[] { classesDirectory.toUri().toURL() },
					GeneratedModel.class.getClassLoader());
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void compile(Map<String, String> sources, Path directory) throws IOException {
		Path sourceRoot = directory.resolve("sources");
		Path classes = directory.resolve("classes");
		Files.createDirectories(classes);
		List<Path> files = new ArrayList<>();
		for (Map.Entry<String, String> source : sources.entrySet()) {
			Path file = sourceRoot.resolve(source.getKey().replace('.', '/') + ".java");
			Files.createDirectories(file.getParent());
			Files.writeString(file, source.getValue());
			files.add(file);
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			throw new IllegalStateException("The benchmarks compile their entity models and need a JDK, not a JRE");
		}
		try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
			List<String> options = List.of("-proc:none", "-nowarn", "-encoding", "UTF-8", "-d", classes.toString(),
					"-classpath", jarOf(Entity.class).toString());
			Writer errors = new java.io.StringWriter();
			boolean ok = compiler.getTask(errors, fileManager, null, options, null,
					fileManager.getJavaFileObjectsFromPaths(files)).call();
			if (!ok) {
				throw new IllegalStateException("The generated entity model does not compile:\n" + errors);
			}
		}
		Files.writeString(directory.resolve("COMPLETE"), "");
	}

	private static Path jarOf(Class<?> type) {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hash(Map<String, String> sources) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			sources.forEach((name, source) -> {
				digest.update(name.getBytes(StandardCharsets.UTF_8));
				digest.update(source.getBytes(StandardCharsets.UTF_8));
			});
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
