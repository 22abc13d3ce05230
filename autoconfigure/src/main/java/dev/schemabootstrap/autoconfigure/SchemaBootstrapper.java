package dev.schemabootstrap.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.util.function.SingletonSupplier;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties.ChangelogMode;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties.FailOn;
import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.check.Finding;
import dev.schemabootstrap.check.Findings;
import dev.schemabootstrap.check.Severity;
import dev.schemabootstrap.check.Suppressions;
import dev.schemabootstrap.check.UnitEnvironment;
import dev.schemabootstrap.check.database.DatabaseCheck;
import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.discover.EntityScanner;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.drift.ChangelogBehindModel;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.drift.EvolutionPlanner;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.EvolutionPlan;

/**
 * Schema Bootstrap at startup: analyses the persistence unit once, stops startup on findings at or above
 * {@code validation.fail-on}, and in {@code generate} mode writes the ordered changelog and points Spring Boot's
 * Liquibase at it. Runs before Liquibase and before the EntityManagerFactory.
 */
public class SchemaBootstrapper implements InitializingBean, SmartInitializingSingleton {

	/** The path Liquibase records for generated changesets, whatever file they are read from. */
	public static final String GENERATED_LOGICAL_PATH = "schema-bootstrap/changelog";

	static final String GENERATED_FILE_NAME = "db.changelog-schema-bootstrap";

	/** Where the changesets the application's changelog lacks are written, and the path Liquibase records. */
	static final String NEXT_FILE_NAME = "db.changelog-schema-bootstrap-next";

	static final String NEXT_LOGICAL_PATH = "schema-bootstrap/changelog-next";

	private static final Log logger = LogFactory.getLog(SchemaBootstrapper.class);

	private final SchemaBootstrapProperties properties;

	private final ChangelogMode mode;

	private final @Nullable String applicationChangelog;

	private final Supplier<SchemaAnalysis> analysis;

	private final @Nullable DataSource dataSource;

	private final List<DatabaseCheck> databaseChecks;

	private final Suppressions suppressions;

	private @Nullable Findings findings;

	private boolean driftChecked;

	private @Nullable String changelogLocation;

	private @Nullable Duration migrationDuration;

	private @Nullable ChangelogStatus migrationStatus;

	SchemaBootstrapper(SchemaBootstrapProperties properties, ChangelogMode mode, @Nullable String applicationChangelog,
			Supplier<SchemaAnalysis> analysis) {
		this(properties, mode, applicationChangelog, analysis, null, List.of());
	}

	SchemaBootstrapper(SchemaBootstrapProperties properties, ChangelogMode mode, @Nullable String applicationChangelog,
			Supplier<SchemaAnalysis> analysis, @Nullable DataSource dataSource, List<DatabaseCheck> databaseChecks) {
		this.properties = properties;
		this.mode = mode;
		this.applicationChangelog = applicationChangelog;
		this.analysis = SingletonSupplier.of(analysis);
		this.dataSource = dataSource;
		this.databaseChecks = List.copyOf(databaseChecks);
		this.suppressions = Suppressions.parse(properties.getValidation().getSuppress());
	}

	static Supplier<SchemaAnalysis> analysis(PersistenceManagedTypes managedTypes, List<String> mappingResources,
			HibernateSettingsResolver hibernate, Map<String, String> settings, List<String> applicationPackages,
			DataSource dataSource, ClassLoader classLoader) {
		return () -> {
			PersistenceUnit unit = new PersistenceUnit(managedTypes.getManagedClassNames(),
					managedTypes.getManagedPackages(), mappingResources);
			UnitEnvironment environment = UnitEnvironment.NONE
				.withScannedEntityClassNames(new EntityScanner(classLoader).entityClassNames(applicationPackages));
			return SchemaAnalyzer.standard()
				.analyze(unit, hibernate.resolve(dataSource), settings, classLoader, environment);
		};
	}

	@Override
	public void afterPropertiesSet() {
		SchemaAnalysis result = analysis.get();
		logger.info(result.summary());
		findings = Findings.NONE;
		addFindings(result.findings().and(checkDatabase(result.model())).and(suppressions.problems()));
		if (mode == ChangelogMode.GENERATE) {
			changelogLocation = writeChangelog(result);
		}
		else if (mode == ChangelogMode.VERIFY) {
			changelogLocation = applicationChangelog;
		}
	}

	/**
	 * Once Liquibase has run and the application is up, compares the live schema with the model; every
	 * difference is a {@code schema-drift} finding, under the same {@code validation.fail-on} rule.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		if (dataSource == null || !properties.getDrift().isEnabled() || mode == ChangelogMode.OFF) {
			return;
		}
		SchemaModel model = analysis.get().model();
		SchemaModel live;
		try (Connection connection = dataSource.getConnection()) {
			live = new LiveSchemaReader().read(connection, model);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Schema Bootstrap could not read the live schema: " + ex.getMessage(), ex);
		}
		driftChecked = true;
		addFindings(new DriftDetector().detect(model, live).and(changelogBehindModel(model, live)));
	}

	/**
	 * In {@code verify} mode, when the application's changelog is fully applied and the database still lacks parts
	 * of the model, the entities have changes no changeset covers: {@code changelog-behind-model}, with the
	 * changesets to add written to {@code changelog.output-dir} for review. They only add; drops, type and
	 * nullability changes stay drift findings for a person to decide.
	 */
	private Findings changelogBehindModel(SchemaModel model, SchemaModel live) {
		if (mode != ChangelogMode.VERIFY || (migrationStatus != null && migrationStatus.pending() > 0)) {
			return Findings.NONE;
		}
		EvolutionPlan evolution = new EvolutionPlanner().plan(model, live);
		if (evolution.isEmpty()) {
			return Findings.NONE;
		}
		ChangelogFormat format = properties.getChangelog().getFormat();
		Path file = write(NEXT_FILE_NAME + "." + format.extension(),
				new ChangelogWriter(NEXT_LOGICAL_PATH, DatabaseKind.of(model.dialect())).write(evolution, format));
		return Findings.of(ChangelogBehindModel.finding(String.valueOf(applicationChangelog), evolution, file,
				"for example include the file from the master changelog"));
	}

	/**
	 * Adds findings of a stage of startup (model, database, adoption, drift, other persistence units) less the
	 * suppressed ones, logs the new ones worth a look, and stops startup when any finding is at or above
	 * {@code validation.fail-on}.
	 */
	void addFindings(Findings found) {
		Findings added = suppressions.apply(found);
		Findings all = getFindings().and(added);
		findings = all;
		if (!added.atLeast(Severity.WARNING).isEmpty() && logger.isWarnEnabled()) {
			logger.warn("Schema Bootstrap findings:\n" + added.atLeast(Severity.WARNING));
		}
		FailOn failOn = properties.getValidation().getFailOn();
		if (failOn != FailOn.NEVER) {
			Findings failing = all.atLeast(failOn == FailOn.ERROR ? Severity.ERROR : Severity.WARNING);
			if (!failing.isEmpty()) {
				throw new SchemaValidationException(failing, all, failOn.name());
			}
		}
	}

	/** Whether the live schema has been compared with the model ({@code drift.enabled}, after migration). */
	public boolean isDriftChecked() {
		return driftChecked;
	}

	private Findings checkDatabase(SchemaModel model) {
		if (dataSource == null || databaseChecks.isEmpty()) {
			return Findings.NONE;
		}
		List<Finding> findings = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			for (DatabaseCheck check : databaseChecks) {
				findings.addAll(check.check(connection, model));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Schema Bootstrap could not check the database: " + ex.getMessage(), ex);
		}
		return Findings.of(findings);
	}

	/**
	 * Every finding at startup, the model's and the database's, less those silenced by
	 * {@code validation.suppress}.
	 */
	public Findings getFindings() {
		return findings != null ? findings : analysis.get().findings();
	}
	/** The findings at startup and, with the changelog's current status, {@code pending-changesets}. */
	public Findings getFindings(@Nullable ChangelogStatus current) {
		return current == null ? getFindings() : getFindings().and(current.findings());
	}


	/**
	 * Before Spring Boot's Liquibase runs: points it at the generated changelog ({@code generate} mode), and adopts
	 * a database that has tables but no Liquibase history, or keeps Liquibase from touching it.
	 */
	void configure(SpringLiquibase liquibase, LiquibaseProperties liquibaseProperties, ResourceLoader resourceLoader) {
		if (mode == ChangelogMode.GENERATE && changelogLocation != null) {
			liquibase.setChangeLog(changelogLocation);
		}
		if (mode == ChangelogMode.OFF || dataSource == null || !liquibaseProperties.isEnabled()) {
			return;
		}
		Findings lock = new StaleLock(dataSource, liquibaseProperties, Clock.systemUTC())
			.check(properties.getLock().getStaleAfter(), properties.getLock().isReleaseStale());
		if (!lock.atLeast(Severity.ERROR).isEmpty()) {
			// Liquibase would only wait for the lock, then fail.
			liquibase.setShouldRun(false);
		}
		Findings adoption = lock.and(new DatabaseAdoption(dataSource, liquibaseProperties, resourceLoader)
			.adoptIfUnmanaged(analysis.get().model(), liquibase.getChangeLog(), properties.getBaseline().getMode()));
		if (!adoption.withId(DatabaseAdoption.UNMANAGED_DATABASE).atLeast(Severity.ERROR).isEmpty()) {
			// Whatever validation.fail-on says, no DDL runs against a database that could not be adopted.
			liquibase.setShouldRun(false);
		}
		addFindings(adoption);
	}

	/** One line for the migration Liquibase has just run. */
	void migrated(Duration duration, DataSource dataSource, LiquibaseProperties liquibaseProperties,
			ResourceLoader resourceLoader) {
		if (changelogLocation == null) {
			return;
		}
		migrationDuration = duration;
		ChangelogStatus status = ChangelogStatus.read(dataSource, changelogLocation, liquibaseProperties,
				resourceLoader);
		migrationStatus = status;
		logger.info("Liquibase has applied " + status.applied() + " changesets of " + displayedChangelog()
				+ (status.pending() == 0 ? "; none pending" : "; " + status.pending() + " pending") + " ("
				+ duration.toMillis() + " ms)");
	}

	/** How long Spring Boot's Liquibase took at startup, or {@code null} when it did not run. */
	public @Nullable Duration getMigrationDuration() {
		return migrationDuration;
	}

	/** The changelog status right after Liquibase ran at startup, or {@code null} when it did not run. */
	public @Nullable ChangelogStatus getMigrationStatus() {
		return migrationStatus;
	}

	private String displayedChangelog() {
		return mode == ChangelogMode.GENERATE ? "the generated changelog (" + GENERATED_LOGICAL_PATH + ")"
				: String.valueOf(changelogLocation);
	}

	private String writeChangelog(SchemaAnalysis result) {
		ChangelogFormat format = properties.getChangelog().getFormat();
		DatabaseKind database = DatabaseKind.of(result.model().dialect());
		String changelog = new ChangelogWriter(GENERATED_LOGICAL_PATH, database).write(result.plan(), format);
		Path file = write(GENERATED_FILE_NAME + "." + format.extension(), changelog);
		logger.debug("Generated changelog written to " + file);
		return file.toUri().toString();
	}

	/** Writes a changelog into {@code changelog.output-dir}, for Liquibase or for review. */
	private Path write(String fileName, String changelog) {
		Path file = Path.of(properties.getChangelog().getOutputDir()).toAbsolutePath().resolve(fileName);
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, changelog, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Schema Bootstrap could not write a changelog to " + file
					+ "; set 'schema-bootstrap.changelog.output-dir' to a writable directory", ex);
		}
		return file;
	}

	public SchemaAnalysis getAnalysis() {
		return analysis.get();
	}

	public ChangelogMode getMode() {
		return mode;
	}

	/** The changelog Liquibase applies, or {@code null} when Schema Bootstrap leaves the changelog alone. */
	public @Nullable String getChangelogLocation() {
		return changelogLocation;
	}

	@Override
	public String toString() {
		return "SchemaBootstrapper[mode=" + mode.name().toLowerCase(Locale.ROOT) + "]";
	}

}
