package dev.schemabootstrap.randomized.entities;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with the JDK's compiler, all of them in one call, against the test's own class path,
 * and loads the classes with a class loader of their own.
 */
public final class EntityCompiler {

	private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

	private EntityCompiler() {
	}

	/**
	 * @param sources the sources by fully qualified class name
	 * @param directory an empty directory for the sources and the classes
	 * @return the classes, in the order of {@code sources}
	 */
	public static List<Class<?>> compile(Map<String, String> sources, Path directory) throws IOException {
		if (COMPILER == null) {
			throw new IllegalStateException("Compiling generated entities needs a JDK, not a JRE");
		}
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
		try (StandardJavaFileManager fileManager = COMPILER.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
			List<String> options = List.of("-proc:none", "-nowarn", "-encoding", "UTF-8", "-d", classes.toString(),
					"-classpath", System.getProperty("java.class.path"));
			StringWriter errors = new StringWriter();
			boolean compiled = COMPILER.getTask(errors, fileManager, null, options, null,
					fileManager.getJavaFileObjectsFromPaths(files)).call();
			if (!compiled) {
				throw new IllegalStateException("The generated entities do not compile:\n" + errors);
			}
		}
		URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				EntityCompiler.class.getClassLoader());
		List<Class<?>> loaded = new ArrayList<>();
		for (String name : sources.keySet()) {
			try {
				loaded.add(loader.loadClass(name));
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException("Compiled, but cannot load " + name, ex);
			}
		}
		return loaded;
	}

}
