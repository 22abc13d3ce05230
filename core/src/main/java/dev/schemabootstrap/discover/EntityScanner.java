package dev.schemabootstrap.discover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the JPA-managed classes under some packages on a class path without Spring, for the Maven plugin and
 * for tests. Classes are read without being initialized. The Spring Boot starter uses Spring's own scanner
 * instead, so that it sees exactly what the EntityManagerFactory sees.
 */
public final class EntityScanner {

	private static final Set<String> MANAGED_ANNOTATIONS = Set.of("jakarta.persistence.Entity",
			"jakarta.persistence.Embeddable", "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter");

	private static final Set<String> ENTITY = Set.of("jakarta.persistence.Entity");

	private final ClassLoader classLoader;

	public EntityScanner(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	public PersistenceUnit scan(List<String> packages) {
		Set<String> classNames = new TreeSet<>();
		for (String packageName : packages) {
			for (String candidate : classNamesUnder(packageName)) {
				if (isManaged(candidate)) {
					classNames.add(candidate);
				}
			}
		}
		return new PersistenceUnit(List.copyOf(classNames), List.of());
	}

	/** The {@code @Entity} classes under the packages, by name: what a persistence unit of them should hold. */
	public Set<String> entityClassNames(List<String> packages) {
		Set<String> classNames = new TreeSet<>();
		for (String packageName : packages) {
			for (String candidate : classNamesUnder(packageName)) {
				if (isAnnotated(candidate, ENTITY)) {
					classNames.add(candidate);
				}
			}
		}
		return classNames;
	}

	private boolean isManaged(String className) {
		return isAnnotated(className, MANAGED_ANNOTATIONS);
	}

	private boolean isAnnotated(String className, Set<String> annotationNames) {
		try {
			Class<?> type = Class.forName(className, false, classLoader);
			for (var annotation : type.getDeclaredAnnotations()) {
				if (annotationNames.contains(annotation.annotationType().getName())) {
					return true;
				}
			}
			return false;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	private List<String> classNamesUnder(String packageName) {
		String path = packageName.replace('.', '/');
		List<String> classNames = new ArrayList<>();
		try {
			Enumeration<URL> roots = classLoader.getResources(path);
			while (roots.hasMoreElements()) {
				URL root = roots.nextElement();
				if ("jar".equals(root.getProtocol())) {
					addFromJar(root, path, classNames);
				}
				else if ("file".equals(root.getProtocol())) {
					addFromDirectory(Path.of(root.toURI()), packageName, classNames);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot scan package " + packageName, ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("Cannot scan package " + packageName, ex);
		}
		return classNames;
	}

	private static void addFromDirectory(Path directory, String packageName, List<String> classNames)
			throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			files.filter((file) -> file.toString().endsWith(".class")).forEach((file) -> {
				String relative = directory.relativize(file).toString().replace(java.io.File.separatorChar, '.');
				classNames.add(packageName + "." + relative.substring(0, relative.length() - ".class".length()));
			});
		}
	}

	private static void addFromJar(URL root, String path, List<String> classNames) throws IOException {
		var connection = (JarURLConnection) root.openConnection();
		connection.setUseCaches(false);
		try (JarFile jar = connection.getJarFile()) {
			Enumeration<JarEntry> entries = jar.entries();
			while (entries.hasMoreElements()) {
				String name = entries.nextElement().getName();
				if (name.startsWith(path + "/") && name.endsWith(".class")) {
					classNames.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
				}
			}
		}
	}

}
