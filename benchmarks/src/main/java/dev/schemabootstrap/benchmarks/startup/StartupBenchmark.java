package dev.schemabootstrap.benchmarks.startup;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

import dev.schemabootstrap.benchmarks.model.GeneratedModel;
import dev.schemabootstrap.benchmarks.startup.app.StartupApplication;

/**
 * Whole-process startup of a Spring Boot application with JPA, Liquibase and the generated entities, with and
 * without Schema Bootstrap on the classpath, launched alternately as JVMs of their own.
 * <p>
 * Before the runs, the application starts once with the starter in {@code generate} mode on a new H2 file
 * database: the starter writes the ordered changelog and Liquibase applies it. Every measured run then starts
 * against that database with that changelog as the application's own ({@code spring.liquibase.change-log}): an
 * ordinary restart, with nothing to apply. With the starter this is {@code verify} mode with the drift check on.
 */
public final class StartupBenchmark {

	/** Jars of Schema Bootstrap, left off the classpath of the runs without it. */
	private static final List<String> SCHEMA_BOOTSTRAP_JARS = List.of("schema-bootstrap-spring-boot-autoconfigure",
			"schema-bootstrap-core", "schema-bootstrap-spring-boot-starter");

	private final Path classpathFile;

	private final Path workRoot;

	/**
	 * @param classpathFile the application's classpath, as Maven wrote it ({@code target/startup-classpath.txt})
	 * @param workRoot where each size gets its database and changelog, wiped first
	 */
	public StartupBenchmark(Path classpathFile, Path workRoot) {
		this.classpathFile = classpathFile;
		this.workRoot = workRoot;
	}

	/** The classpath file next to the benchmarks' classes or jar, as the build leaves it. */
	public static Path defaultClasspathFile() {
		return applicationClasses().getParent().resolve("startup-classpath.txt");
	}

	public StartupResult run(int entities, int runs) {
		GeneratedModel model = GeneratedModel.of(entities);
		Path work = workRoot.resolve("startup-" + entities);
		delete(work);
		Path changelogDirectory = work.resolve("changelog");
		String url = "jdbc:h2:file:" + work.resolve("db").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
		List<String> common = List.of("--spring.datasource.url=" + url, "--spring.jpa.hibernate.ddl-auto=none",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN");
		String withStarter = classpath(model, true);
		String withoutStarter = classpath(model, false);
		List<String> prepare = new ArrayList<>(common);
		prepare.addAll(List.of("--schema-bootstrap.changelog.mode=generate",
				"--schema-bootstrap.changelog.output-dir=" + changelogDirectory));
		Launch prepared = launch("prepare", withStarter, prepare);
		Path changelog = changelogDirectory.resolve("db.changelog-schema-bootstrap.yaml");
		if (!Files.exists(changelog)) {
			throw new IllegalStateException("The preparing run wrote no changelog to " + changelog);
		}
		List<String> restart = new ArrayList<>(common);
		restart.add("--spring.liquibase.change-log=" + changelog.toUri());
		// One start of each, not counted: the OS caches the jars and the database file for both alike.
		launch("without-0", withoutStarter, restart);
		launch("with-0", withStarter, restart);
		List<Launch> without = new ArrayList<>();
		List<Launch> with = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			without.add(launch("without-" + (i + 1), withoutStarter, restart));
			with.add(launch("with-" + (i + 1), withStarter, restart));
			System.out.println("  run " + (i + 1) + ": without " + without.get(i).readyMillis() + " ms, with "
					+ with.get(i).readyMillis() + " ms to ready; main-thread CPU " + without.get(i).mainCpuMillis()
					+ " / " + with.get(i).mainCpuMillis() + " ms, process CPU " + without.get(i).processCpuMillis()
					+ " / " + with.get(i).processCpuMillis() + " ms");
		}
		return new StartupResult(entities, prepared, without, with);
	}

	private String classpath(GeneratedModel model, boolean withSchemaBootstrap) {
		List<String> entries = new ArrayList<>();
		entries.add(applicationClasses().toString());
		entries.add(model.classesDirectory().toString());
		String written;
		try {
			written = Files.readString(classpathFile).trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No classpath for the startup benchmark at " + classpathFile
					+ "; build it with ./mvnw -pl benchmarks -am package -DskipTests", ex);
		}
		for (String entry : written.split(File.pathSeparator)) {
			if (withSchemaBootstrap || !isSchemaBootstrap(entry)) {
				entries.add(entry);
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	/** Whether a classpath entry is Schema Bootstrap's: its jar, or a sibling module's {@code target/classes}. */
	static boolean isSchemaBootstrap(String entry) {
		Path path = Path.of(entry);
		String name = path.getFileName().toString();
		if (SCHEMA_BOOTSTRAP_JARS.stream().anyMatch(name::startsWith)) {
			return true;
		}
		return path.endsWith(Path.of("target", "classes")) && path.getNameCount() > 2
				&& List.of("core", "autoconfigure", "starter")
					.contains(path.getName(path.getNameCount() - 3).toString());
	}

	private static Launch launch(String name, String classpath, List<String> arguments) {
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx2g"));
		// To profile the starts, e.g. "-XX:StartFlightRecording=filename=/tmp/{launch}.jfr": {launch} becomes the
		// start's name (prepare, without-0, with-0, without-1, with-1, ...), so that each JVM writes its own file.
		String options = System.getenv("SCHEMA_BOOTSTRAP_STARTUP_JVM_OPTIONS");
		if (options != null && !options.isBlank()) {
			command.addAll(Arrays.asList(options.trim().replace("{launch}", name).split("\\s+")));
		}
		command.addAll(List.of("-cp", classpath, StartupApplication.class.getName()));
		command.addAll(arguments);
		Deque<String> tail = new ArrayDeque<>();
		long start = System.nanoTime();
		long ready = -1;
		long uptime = -1;
		long mainCpu = -1;
		long processCpu = -1;
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			try (BufferedReader output = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = output.readLine(); line != null; line = output.readLine()) {
					if (line.startsWith(StartupApplication.READY)) {
						ready = System.nanoTime() - start;
						uptime = readyValue(line, StartupApplication.READY);
						mainCpu = readyValue(line, StartupApplication.MAIN_CPU);
						processCpu = readyValue(line, StartupApplication.PROCESS_CPU);
					}
					tail.addLast(line);
					if (tail.size() > 40) {
						tail.removeFirst();
					}
				}
			}
			int exit = process.waitFor();
			long total = System.nanoTime() - start;
			if (exit != 0 || ready < 0) {
				throw new IllegalStateException("The application did not start (exit code " + exit + "):\n"
						+ String.join("\n", tail));
			}
			return new Launch(ready / 1_000_000, uptime, total / 1_000_000, mainCpu, processCpu);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The number after {@code key} on the ready line. */
	static long readyValue(String line, String key) {
		int start = line.indexOf(key);
		if (start < 0) {
			throw new IllegalStateException("No '" + key.trim() + "' on the ready line: " + line);
		}
		start += key.length();
		int end = start;
		while (end < line.length() && Character.isDigit(line.charAt(end))) {
			end++;
		}
		return Long.parseLong(line.substring(start, end));
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * The benchmarks' own classes, where the application's main class is: {@code target/classes}, also when the
	 * harness runs from {@code benchmarks.jar} (whose shaded copies of Hibernate and the core must not join the
	 * application's classpath).
	 */
	private static Path applicationClasses() {
		try {
			Path location = Path.of(StartupBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return Files.isDirectory(location) ? location : location.getParent().resolve("classes");
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void delete(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One start.
	 * @param readyMillis from launching the JVM to the application's ready line, on the harness's clock
	 * @param uptimeMillis the JVM's own uptime when the application was ready
	 * @param processMillis from launching the JVM to its exit
	 * @param mainCpuMillis CPU time of the main thread when the application was ready (the critical path's own work)
	 * @param processCpuMillis CPU time of the whole process, every thread, when the application was ready
	 */
	public record Launch(long readyMillis, long uptimeMillis, long processMillis, long mainCpuMillis,
			long processCpuMillis) {
	}

	/** The runs of one size: the preparing start, then those without and with Schema Bootstrap, alternately. */
	public record StartupResult(int entities, Launch prepared, List<Launch> without, List<Launch> with) {

		public long medianReady(List<Launch> launches) {
			return median(launches.stream().mapToLong(Launch::readyMillis).toArray());
		}

		public long medianProcess(List<Launch> launches) {
			return median(launches.stream().mapToLong(Launch::processMillis).toArray());
		}

		public long medianUptime(List<Launch> launches) {
			return median(launches.stream().mapToLong(Launch::uptimeMillis).toArray());
		}

		public long medianMainCpu(List<Launch> launches) {
			return median(launches.stream().mapToLong(Launch::mainCpuMillis).toArray());
		}

		public long medianProcessCpu(List<Launch> launches) {
			return median(launches.stream().mapToLong(Launch::processCpuMillis).toArray());
		}

		/** Main-thread CPU time to ready with Schema Bootstrap over without, medians. */
		public double mainCpuRatio() {
			return (double) medianMainCpu(with) / medianMainCpu(without);
		}

		/** Whole-process CPU time to ready with Schema Bootstrap over without, medians. */
		public double processCpuRatio() {
			return (double) medianProcessCpu(with) / medianProcessCpu(without);
		}

		/** Time to ready with Schema Bootstrap over without, medians. */
		public double readyRatio() {
			return (double) medianReady(with) / medianReady(without);
		}

		private static long median(long[] values) {
			long[] sorted = values.clone();
			Arrays.sort(sorted);
			int middle = sorted.length / 2;
			return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
		}

	}

}
