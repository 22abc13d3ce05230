package dev.schemabootstrap.maven;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapAutoConfiguration;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.maven.LibraryEvolutions.Change;
import dev.schemabootstrap.maven.LibraryEvolutions.Step;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.randomized.entities.EntityCompiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A year in the life of a model: the team owns its changelog ({@code schema-bootstrap:generate}), then makes
 * {@value #DEFAULT_STEPS} changes to its entities, one at a time, chosen by a seeded random (new entity, new column,
 * wider type, NOT NULL column with a default, new index, enum value added, a removal with allow-destructive). After
 * each: {@code check} says the changelog is behind, {@code generate} writes the next file and includes it from the
 * master, {@code check} passes, and the application starts with the starter in {@code verify} mode on the same
 * database, applying it with no drift and no ERROR finding; a row goes into every table, and every row inserted
 * since day one is still there with its values.
 * <p>
 * The seed is printed; run another with {@code -Dschema-bootstrap.year.seed=<n>} (and fewer or more steps with
 * {@code -Dschema-bootstrap.year.steps=<n>}).
 */
abstract class YearOfEvolutionsScenario {

	static final long DEFAULT_SEED = 20261206L;

	static final int DEFAULT_STEPS = 30;

	@TempDir
	Path directory;

	/** The application's database, kept from one step to the next. */
	abstract String url();

	/** The dialect the project's plugin configuration names. */
	abstract String dialect();

	/** An empty database of the same kind, for the owned changelog to build at the end. */
	abstract String freshUrl();

	/** The classes of the latest model. */
	private ClassLoader current;

	@Test
	void aYearOfRandomEvolutionsKeepsEveryRowAndEndsWithoutDrift() throws Exception {
		long seed = Long.getLong("schema-bootstrap.year.seed", DEFAULT_SEED);
		int steps = Integer.getInteger("schema-bootstrap.year.steps", DEFAULT_STEPS);
		System.out.println("Year of evolutions on " + dialect() + ": seed " + seed + " (another with"
				+ " -Dschema-bootstrap.year.seed=<n>), " + steps + " steps");
		Random random = new Random(seed);
		LibraryModel model = LibraryModel.initial();
		LibraryRows rows = new LibraryRows(random);
		LibraryEvolutions evolutions = new LibraryEvolutions(random, model, rows);
		List<Step> done = new ArrayList<>();

		// Day one: the team owns the changelog and starts the application on it.
		ClassLoader classes = compile(model, 0);
		goal(new GenerateMojo(), classes, false).execute();
		assertThat(master()).content().contains("logicalFilePath: schema-bootstrap/changelog");
		goal(new CheckMojo(), classes, false).execute();
		start(classes, url());
		insertAndVerify(model, rows);
		current = classes;

		for (int i = 1; i <= steps; i++) {
			Step step = evolutions.next();
			System.out.println("Year of evolutions, seed " + seed + ": " + step);
			try {
				evolve(step, model, rows);
			}
			catch (Exception | AssertionError ex) {
				throw new AssertionError("Seed " + seed + ", " + step + " failed; the steps before it: " + done
						+ "; seconds by phase: " + seconds, ex);
			}
			done.add(step);
		}
		assertThat(done).extracting(Step::change).contains(Change.values());
		// A new database built by the whole owned changelog (a colleague's, a CI one) matches the model too.
		start(current, freshUrl());
		System.out.println("Year of evolutions on " + dialect() + ": " + steps + " steps, " + rows.count()
				+ " rows kept, no drift; seconds by phase: " + seconds);
	}

	private void evolve(Step step, LibraryModel model, LibraryRows rows) throws Exception {
		ClassLoader classes = timed("compile", () -> compile(model, step.number()));
		if (step.indexOnForeignKey() && DatabaseKind.of(dialect()).indexesForeignKeys()) {
			// The database indexed the key's column itself: the build and the start find nothing to add.
			timed("check", () -> goal(new CheckMojo(), classes, false).execute());
			timed("generate", () -> goal(new GenerateMojo(), classes, false).execute());
			assertThat(master().resolveSibling(nextFile())).doesNotExist();
		}
		else {
			timed("check", () -> assertThatExceptionOfType(MojoFailureException.class).as("check before generate")
				.isThrownBy(goal(new CheckMojo(), classes, false)::execute)
				.withMessageContaining("[changelog-behind-model]"));
			timed("generate", () -> goal(new GenerateMojo(), classes, step.change() == Change.REMOVAL).execute());
			String file = nextFile();
			assertThat(master().resolveSibling(file)).exists();
			assertThat(master()).content().endsWith("- include:\n    file: db/changelog/" + file + "\n");
			generatedFiles++;
		}
		timed("check", () -> goal(new CheckMojo(), classes, false).execute());
		timed("start", () -> start(classes, url()));
		timed("rows", () -> insertAndVerify(model, rows));
		current = classes;
	}

	/** How many files generate wrote after the first changelog. */
	private int generatedFiles;

	private String nextFile() {
		return String.format("schema-bootstrap-%04d.yaml", generatedFiles + 1);
	}

	/** Seconds spent per phase, over all steps: where the test's time goes. */
	private final java.util.Map<String, Double> seconds = new java.util.TreeMap<>();

	interface Phase<T> {

		T run() throws Exception;

	}

	interface VoidPhase {

		void run() throws Exception;

	}

	private <T> T timed(String phase, Phase<T> work) throws Exception {
		long start = System.nanoTime();
		try {
			return work.run();
		}
		finally {
			seconds.merge(phase, (System.nanoTime() - start) / 1e9, Double::sum);
		}
	}

	private void timed(String phase, VoidPhase work) throws Exception {
		timed(phase, () -> {
			work.run();
			return null;
		});
	}

	/** The application starts on the owned changelog, applies what is new, and finds no drift and no error. */
	private void start(ClassLoader classes, String url) throws Exception {
		Class<?> application = classes.loadClass(LibraryModel.APPLICATION);
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(classes);
		try {
			new ApplicationContextRunner().withClassLoader(classes)
				.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
						HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
						SchemaBootstrapAutoConfiguration.class))
				.withUserConfiguration(application)
				.withPropertyValues("spring.datasource.url=" + url,
						"spring.liquibase.change-log=classpath:db/changelog/db.changelog-master.yaml",
						"schema-bootstrap.changelog.mode=verify",
						"schema-bootstrap.changelog.output-dir=" + directory.resolve("app-out"))
				.run((context) -> {
					assertThat(context).hasNotFailed();
					SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
					assertThat(bootstrapper.isDriftChecked()).isTrue();
					Findings findings = bootstrapper.getFindings();
					assertThat(findings.withId("schema-drift").asList()).as("drift").isEmpty();
					assertThat(findings.withId("changelog-behind-model").asList()).isEmpty();
					assertThat(findings.atLeast(Severity.ERROR).asList()).isEmpty();
				});
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	private void insertAndVerify(LibraryModel model, LibraryRows rows) throws Exception {
		try (Connection connection = DriverManager.getConnection(url())) {
			rows.insertIntoEveryTable(connection, model);
			rows.assertAllPresent(connection, model);
		}
	}

	/**
	 * The model's classes, compiled as the project's build would, with the project's resources (its changelog) on
	 * the class path as at runtime.
	 */
	private ClassLoader compile(LibraryModel model, int step) throws Exception {
		Path output = directory.resolve("classes-" + step);
		ClassLoader compiled = EntityCompiler.compile(model.sources(), output).get(0).getClassLoader();
		Files.createDirectories(resources());
		return new URLClassLoader(new URL[] { resources().toUri().toURL() }, compiled);
	}

	private <T extends AbstractSchemaMojo> T goal(T mojo, ClassLoader classes, boolean allowDestructive) {
		mojo.packages = List.of(LibraryModel.PACKAGE);
		mojo.dialect = dialect();
		mojo.resources = resources().toFile();
		mojo.outputDirectory = directory.resolve("target/schema-bootstrap").toFile();
		mojo.classLoader = classes;
		mojo.allowDestructive = allowDestructive;
		mojo.setLog(new SystemStreamLog());
		return mojo;
	}

	private Path resources() {
		return directory.resolve("src/main/resources");
	}

	private Path master() {
		return resources().resolve("db/changelog/db.changelog-master.yaml");
	}

}
