package dev.schemabootstrap.maven;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogVerifier;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.check.Finding;
import dev.schemabootstrap.check.Findings;
import dev.schemabootstrap.check.Severity;
import dev.schemabootstrap.check.Suppressions;
import dev.schemabootstrap.discover.EntityScanner;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.EvolutionPlan;

/**
 * {@code schema-bootstrap:check}: fails the build when the entities have error findings, or when the project's own
 * changelog does not cover them ({@code changelog-behind-model}), without starting the application and without a
 * live database: the changelog is applied to an embedded scratch database. The changesets it lacks are written to
 * {@code outputDirectory} for review.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
		threadSafe = true)
public class CheckMojo extends AbstractMojo {

	static final String CHANGELOG_BEHIND_MODEL = "changelog-behind-model";

	static final String NEXT_FILE = "db.changelog-schema-bootstrap-next.yaml";

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

	/** Where the changesets the changelog lacks are written. */
	@Parameter(defaultValue = "${project.build.directory}/schema-bootstrap")
	File outputDirectory;

	@Parameter(property = "schema-bootstrap.skip", defaultValue = "false")
	boolean skip;

	/** The project's classes; set by tests, else built from the project's runtime class path. */
	ClassLoader classLoader;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("Schema Bootstrap check skipped");
			return;
		}
		ClassLoader projectClasses = classLoader != null ? classLoader : projectClassLoader();
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(projectClasses);
		try {
			PersistenceUnit unit = new EntityScanner(projectClasses).scan(packages);
			SchemaAnalysis analysis = SchemaAnalyzer.standard().analyze(unit, settings(dialect), Map.of(), projectClasses);
			getLog().info(analysis.summary());
			Findings findings = analysis.findings().and(changelogFindings(unit, analysis, projectClasses));
			Suppressions suppressions = Suppressions.parse(suppress);
			report(suppressions.apply(findings).and(suppressions.problems()));
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	private Findings changelogFindings(PersistenceUnit unit, SchemaAnalysis analysis, ClassLoader projectClasses)
			throws MojoExecutionException {
		Path root = resources.toPath();
		if (!Files.isRegularFile(root.resolve(changelog))) {
			getLog().info("No changelog at " + root.resolve(changelog) + ": only the entities are checked");
			return Findings.NONE;
		}
		DatabaseKind kind = DatabaseKind.of(dialect);
		SchemaModel scratchModel = kind == DatabaseKind.H2 ? analysis.model()
				: SchemaAnalyzer.model(unit, settings("org.hibernate.dialect.H2Dialect"), projectClasses).schema();
		String url = "jdbc:h2:mem:schema-bootstrap-check-" + UUID.randomUUID() + compatibilityMode(kind);
		try (Connection scratch = DriverManager.getConnection(url)) {
			EvolutionPlan evolution = ChangelogVerifier.evolution(scratchModel, changelog, root, scratch);
			if (evolution.isEmpty()) {
				return Findings.NONE;
			}
			Path next = outputDirectory.toPath().resolve(NEXT_FILE);
			Files.createDirectories(next.getParent());
			Files.writeString(next, new ChangelogWriter("schema-bootstrap/changelog-next", kind).write(evolution,
					ChangelogFormat.YAML), StandardCharsets.UTF_8);
			return Findings.of(new Finding(CHANGELOG_BEHIND_MODEL, Severity.ERROR, changelog,
					"The entities have changes that no changeset of " + changelog + " covers: " + evolution.summary()
							+ " to add",
					"Review the changesets written to " + next + " and add them to your changelog; they only add,"
							+ " never drop"));
		}
		catch (IOException | java.sql.SQLException | liquibase.exception.LiquibaseException ex) {
			throw new MojoExecutionException("Schema Bootstrap could not apply " + root.resolve(changelog)
					+ " to a scratch database: " + ex.getMessage(), ex);
		}
	}

	/** H2 speaks the dialect of the database the changelog was written for, as far as it can. */
	private static String compatibilityMode(DatabaseKind kind) {
		return switch (kind) {
			case POSTGRESQL -> ";MODE=PostgreSQL";
			case MARIADB -> ";MODE=MariaDB";
			case MYSQL -> ";MODE=MySQL";
			default -> "";
		};
	}

	private void report(Findings findings) throws MojoFailureException {
		if (!findings.isEmpty()) {
			getLog().info("Schema Bootstrap findings:\n" + findings);
		}
		String level = failOn.toLowerCase(Locale.ROOT);
		if (level.equals("never")) {
			return;
		}
		if (!level.equals("error") && !level.equals("warning")) {
			throw new MojoFailureException("Unknown failOn '" + failOn + "': use error, warning or never");
		}
		Findings failing = findings.atLeast(level.equals("error") ? Severity.ERROR : Severity.WARNING);
		if (!failing.isEmpty()) {
			throw new MojoFailureException("Schema Bootstrap found " + failing.size()
					+ " problem(s) that fail the build (failOn=" + level + "):\n" + failing
					+ "\nEach finding is explained in docs/findings/<id>.md; silence one with <suppress>.");
		}
	}

	private Map<String, String> settings(String dialectClass) {
		return Map.of("hibernate.dialect", dialectClass, "hibernate.physical_naming_strategy", physicalNamingStrategy);
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
