package dev.schemabootstrap.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import liquibase.exception.LiquibaseException;
import liquibase.resource.DirectoryResourceAccessor;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogObjects;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.discover.EntityScanner;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.hibernate.SpringBootImplicitNamingStrategy;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.stage.ChangelogFiles;
import dev.schemabootstrap.stage.NextChangeSets;
import dev.schemabootstrap.verify.ChangelogVerifier;
import dev.schemabootstrap.verify.ScratchDatabase;

/**
 * What the goals share: the project's entities as one persistence unit, analysed offline, and the project's own
 * changelog applied to an embedded scratch database to find what it lacks.
 */
abstract class AbstractSchemaMojo extends AbstractMojo {

	/** Where the changesets the project's changelog lacks are written, in {@code outputDirectory}. */
	static final String NEXT_FILE = NextChangeSets.FILE_NAME + "." + ChangelogFormat.YAML.extension();

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	MavenProject project;

	/** Packages scanned for @Entity classes; all of them form one persistence unit. */
	@Parameter(required = true)
	List<String> packages = new ArrayList<>();

	/** The Hibernate dialect the checks follow (identifier limits, reserved words, types). */
	@Parameter(property = "schema-bootstrap.dialect", defaultValue = "org.hibernate.dialect.H2Dialect")
	String dialect = "org.hibernate.dialect.H2Dialect";

	/** The physical naming strategy; Spring Boot's default unless the application sets another. */
	@Parameter(defaultValue = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl")
	String physicalNamingStrategy = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";

	/** Lowest severity of finding that fails the build: error, warning or never. */
	@Parameter(property = "schema-bootstrap.fail-on", defaultValue = "error")
	String failOn = "error";

	/** Findings to silence, each a finding id or 'finding-id:subject-glob'. */
	@Parameter
	List<String> suppress = new ArrayList<>();

	/** The directory the changelog and its includes are read from. */
	@Parameter(defaultValue = "${project.basedir}/src/main/resources")
	File resources;

	/** The project's changelog, below {@code resources}; when it does not exist only the entities are checked. */
	@Parameter(defaultValue = "db/changelog/db.changelog-master.yaml")
	String changelog = "db/changelog/db.changelog-master.yaml";

	/** Where the changesets the changelog lacks, and the report of the {@code report} goal, are written. */
	@Parameter(defaultValue = "${project.build.directory}/schema-bootstrap")
	File outputDirectory;

	/**
	 * Whether changesets that lose data (drop a table or column the entities no longer map, narrow a type) are
	 * written; when false each is a changelog-behind-model finding that shows the changeset to add by hand.
	 */
	@Parameter(property = "schema-bootstrap.allowDestructive", defaultValue = "false")
	boolean allowDestructive;

	/**
	 * Whether the embedded scratch database the changelog is replayed on is kept in {@code outputDirectory/scratch}
	 * between builds, so that a build applies only the changesets added since the last one. It is rebuilt whenever
	 * its history differs from the changelog; false replays the whole changelog on a new database in memory.
	 */
	@Parameter(property = "schema-bootstrap.keepScratchDatabase", defaultValue = "true")
	boolean keepScratchDatabase = true;

	@Parameter(property = "schema-bootstrap.skip", defaultValue = "false")
	boolean skip;

	/** The project's classes; set by tests, else built from the project's runtime class path. */
	ClassLoader classLoader;

	/** Which names Hibernate quotes, once the entities are analysed: they keep their case on H2. */
	private MappingModel mapping = MappingModel.EMPTY;

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("Schema Bootstrap skipped");
			return;
		}
		ClassLoader projectClasses = classLoader != null ? classLoader : projectClassLoader();
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(projectClasses);
		try {
			PersistenceUnit unit = new EntityScanner(projectClasses).scan(packages);
			if (unit.managedClassNames().isEmpty()) {
				throw noEntities();
			}
			SchemaAnalysis analysis = SchemaAnalyzer.standard().analyze(unit, settings(dialect), Map.of(), projectClasses);
			if (analysis.model().entities().isEmpty()) {
				throw noEntities();
			}
			getLog().info(analysis.summary());
			mapping = analysis.mapping();
			execute(analysis, () -> evolution(analysis));
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	/**
	 * Nothing to check or generate: most often the classes are not compiled ({@code mvn clean
	 * schema-bootstrap:generate}), and a changelog written from no entities would be empty, or drop every table.
	 */
	private MojoFailureException noEntities() {
		String classes = project != null ? project.getBuild().getOutputDirectory() : "the project's class path";
		return new MojoFailureException("Schema Bootstrap found no @Entity classes in " + packages + " under " + classes
				+ ": compile first, e.g. ./mvnw compile schema-bootstrap:generate (or check <packages>). Nothing was"
				+ " written.");
	}

	/** What a goal does with the analysis and, on demand, with what the changelog lacks. */
	abstract void execute(SchemaAnalysis analysis, Evolution evolution)
			throws MojoExecutionException, MojoFailureException;

	/** What the project's changelog lacks for the model; {@code null} when the project has no changelog. */
	interface Evolution {

		EvolutionPlan get() throws MojoExecutionException;

	}

	Path changelogFile() {
		return resources.toPath().resolve(changelog);
	}

	private EvolutionPlan evolution(SchemaAnalysis analysis) throws MojoExecutionException {
		Path root = resources.toPath();
		if (!Files.isRegularFile(changelogFile())) {
			getLog().info("No changelog at " + changelogFile());
			return null;
		}
		DatabaseKind kind = DatabaseKind.of(dialect);
		String mode = ScratchDatabase.compatibilityMode(kind);
		ScratchDatabase scratch = keepScratchDatabase
				? ScratchDatabase.keptIn(outputDirectory.toPath().resolve("scratch"), mode) : ScratchDatabase.inMemory(mode);
		try {
			// The scratch database reads a PostgreSQL or MariaDB type back in its own words: the types the changelog
			// declares are compared instead, so that the build finds every change startup finds.
			return ChangelogVerifier.evolution(analysis.model(), changelog, root, scratch, kind);
		}
		catch (IOException | java.sql.SQLException | liquibase.exception.LiquibaseException ex) {
			throw new MojoExecutionException("Schema Bootstrap could not apply " + changelogFile()
					+ " to a scratch database: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A {@code changelog-behind-model} finding when the project's changelog lacks changesets for the entities; the
	 * changesets it lacks are written to {@link #NEXT_FILE} in {@code outputDirectory} for review, those that lose
	 * data only with {@code allowDestructive}, else each of them is a finding that shows it.
	 */
	Findings changelogFindings(Evolution evolution) throws MojoExecutionException {
		EvolutionPlan plan = evolution.get();
		if (plan == null) {
			return Findings.NONE;
		}
		// The stage startup runs in verify mode: the same file, logical path, ids and findings.
		try {
			return nextChangesets().write(plan, this::usedByChangelog, ChangelogFiles.in(outputDirectory.toPath()))
				.findings();
		}
		catch (UncheckedIOException ex) {
			throw new MojoExecutionException(ex.getMessage(), ex);
		}
	}

	/**
	 * The stage that writes what the project's changelog lacks, for the project's database, with
	 * {@code allowDestructive}: the one startup runs in {@code verify} mode.
	 */
	NextChangeSets nextChangesets() {
		return new NextChangeSets(changelog, DatabaseKind.of(dialect), mapping, ChangelogFormat.YAML, allowDestructive,
				"or run schema-bootstrap:generate");
	}

	/** Whether the project's changelog records changesets under a logical path; a changelog that cannot be read, none. */
	private boolean usedByChangelog(String logicalPath) {
		try {
			return ChangelogObjects.read(changelog, new DirectoryResourceAccessor(resources.toPath()))
				.usesLogicalPath(logicalPath);
		}
		catch (LiquibaseException | IOException | RuntimeException ex) {
			return false;
		}
	}

	/** A writer for the project's database, spelling names as Hibernate's SQL does. */
	ChangelogWriter writer(String logicalPath) {
		return new ChangelogWriter(logicalPath, DatabaseKind.of(dialect), mapping);
	}

	static void writeFile(Path file, String text) throws MojoExecutionException {
		try {
			ChangelogFiles.write(file, text);
		}
		catch (IOException ex) {
			throw new MojoExecutionException("Cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

	Map<String, String> settings(String dialectClass) {
		return Map.of("hibernate.dialect", dialectClass, "hibernate.physical_naming_strategy", physicalNamingStrategy,
				"hibernate.implicit_naming_strategy", SpringBootImplicitNamingStrategy.class.getName());
	}

	private ClassLoader projectClassLoader() throws MojoExecutionException {
		try {
			List<URL> urls = new ArrayList<>();
			for (String element : project.getRuntimeClasspathElements()) {
				urls.add(new File(element).toURI().toURL());
			}
			return new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
		}
		catch (DependencyResolutionRequiredException | MalformedURLException ex) {
			throw new MojoExecutionException("Cannot build the project's class path: " + ex.getMessage(), ex);
		}
	}

}
