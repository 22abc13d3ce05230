package dev.schemabootstrap.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.util.function.SingletonSupplier;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties.ChangelogMode;
import dev.schemabootstrap.autoconfigure.liquibase.LiquibaseMigrationObserver;
import dev.schemabootstrap.autoconfigure.liquibase.StartupMigration;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.check.database.DatabaseCheck;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.migration.ChangelogStatus;
import dev.schemabootstrap.migration.LiveDatabase;

/**
 * Schema Bootstrap at startup: analyses the persistence unit once, stops startup on findings at or above
 * {@code validation.fail-on}, and in {@code generate} mode writes the ordered changelog and points Spring Boot's
 * Liquibase at it. In {@code generate} mode it boots the unit's metadata itself, before Liquibase and the
 * EntityManagerFactory; in {@code verify} and {@code off} mode it reads the model from the metadata the
 * EntityManagerFactory builds anyway, and reports the model findings once that exists.
 */
public class SchemaBootstrapper
		implements InitializingBean, SmartInitializingSingleton, ApplicationListener<ContextRefreshedEvent>, DisposableBean {

	/** The path Liquibase records for generated changesets, whatever file they are read from. */
	public static final String GENERATED_LOGICAL_PATH = ChangelogWriter.GENERATED_LOGICAL_PATH;

	private static final Log logger = LogFactory.getLog(SchemaBootstrapper.class);

	private final ChangelogMode mode;

	private final UnitAnalysis unitAnalysis;

	private final Supplier<SchemaAnalysis> analysis;

	private final EntityManagerFactoryModels entityManagerFactoryModels = new EntityManagerFactoryModels();

	private final @Nullable DataSource dataSource;

	private final LiveDatabase liveDatabase;

	private final StartupFindings startupFindings;

	private final ChangelogOutput output;

	private @Nullable Findings findings;

	/** Whether the model findings wait for the EntityManagerFactory ({@code verify} and {@code off} mode). */
	private volatile boolean modelDeferred;

	private boolean modelFromEntityManagerFactory;

	private final StartupMigration migration;

	private final StartupDrift drift;

	/**
	 * A bootstrapper over an analysis of the application's own, for an application that defines its own
	 * {@code SchemaBootstrapper} bean instead of the auto-configured one: without a data source, so with no database
	 * checks and no drift check.
	 *
	 * @param applicationChangelog the application's changelog, or {@code null}
	 * @param analysis the analysis of the persistence unit, asked for once
	 */
	public SchemaBootstrapper(SchemaBootstrapProperties properties, ChangelogMode mode,
			@Nullable String applicationChangelog, Supplier<SchemaAnalysis> analysis) {
		this(properties, mode, applicationChangelog, UnitAnalysis.of(analysis), null, List.of());
	}

	SchemaBootstrapper(SchemaBootstrapProperties properties, ChangelogMode mode, @Nullable String applicationChangelog,
			UnitAnalysis unitAnalysis, @Nullable DataSource dataSource, List<DatabaseCheck> databaseChecks) {
		this.mode = mode;
		this.unitAnalysis = unitAnalysis;
		this.analysis = SingletonSupplier.of(this::analyzeOnce);
		this.dataSource = dataSource;
		this.liveDatabase = new LiveDatabase(dataSource, databaseChecks);
		this.startupFindings = new StartupFindings(properties);
		this.output = new ChangelogOutput(properties.getChangelog());
		this.migration = new StartupMigration(properties, mode, applicationChangelog, dataSource, analysis, output,
				this::addFindings);
		boolean driftWanted = dataSource != null && properties.getDrift().isEnabled() && mode != ChangelogMode.OFF;
		this.drift = new StartupDrift(driftWanted, mode, analysis, liveDatabase, migration, properties.getChangelog(),
				output, this::addFindings);
		this.entityManagerFactoryModels.onCapture(this::modelCaptured);
	}

	/**
	 * An EntityManagerFactory's model has been read and the factory goes on booting for seconds: the checks and the
	 * live schema's read for the drift check start now, beside it, and are joined after it.
	 */
	private void modelCaptured() {
		if (modelDeferred) {
			drift.startBesideEntityManagerFactory();
		}
	}

	/**
	 * The model from the EntityManagerFactory's own metadata when it has been built (after Liquibase), else from a
	 * boot of Hibernate's metadata of its own: always in {@code generate} mode, where the changelog is needed
	 * before Liquibase runs, and whenever something asks for the model before the EntityManagerFactory exists.
	 */
	private SchemaAnalysis analyzeOnce() {
		if (usesEntityManagerFactoryModel()) {
			Optional<SchemaAnalysis> fromFactory = unitAnalysis.analyze(entityManagerFactoryModels);
			if (fromFactory.isPresent()) {
				modelFromEntityManagerFactory = true;
				return fromFactory.get();
			}
		}
		return unitAnalysis.analyze();
	}

	/**
	 * Whether the model is taken from the EntityManagerFactory's metadata ({@code verify} and {@code off} mode), so
	 * that model findings are reported once it exists, after Liquibase has run the application's changelog.
	 */
	boolean usesEntityManagerFactoryModel() {
		return mode != ChangelogMode.GENERATE;
	}

	/** Whether the model was read from the EntityManagerFactory's metadata rather than from a boot of its own. */
	boolean isModelFromEntityManagerFactory() {
		return modelFromEntityManagerFactory;
	}

	EntityManagerFactoryModels getEntityManagerFactoryModels() {
		return entityManagerFactoryModels;
	}

	@Override
	public void afterPropertiesSet() {
		findings = Findings.NONE;
		if (usesEntityManagerFactoryModel()) {
			// The model comes with the EntityManagerFactory; settings that would run DDL beside Liquibase stop
			// startup now, before either runs.
			modelDeferred = true;
			unitAnalysis.startScanning();
			addFindings(unitAnalysis.settingsFindings().and(startupFindings.suppressionProblems()));
			migration.changelogChosen(mode == ChangelogMode.VERIFY ? migration.applicationChangelog() : null);
			return;
		}
		SchemaAnalysis result = analysis.get();
		addModelFindings(result);
		migration.changelogChosen(migration.generatesOnTopOfOwnChangelog() ? migration.applicationChangelog()
				: output.writeGenerated(result, dataSource));
	}

	/**
	 * The Liquibase side of startup, which {@link LiquibaseMigrationObserver} drives around each Liquibase bean.
	 * Public for that package only: applications read the outcome through {@link #getFindings()} and
	 * {@link #getMigrationStatus()}.
	 */
	public StartupMigration migration() {
		return migration;
	}

	private void addModelFindings(SchemaAnalysis result) {
		modelDeferred = false;
		logger.info(result.summary());
		addFindings(result.findings().and(liveDatabase.check(result.model())).and(startupFindings.suppressionProblems()));
	}

	/**
	 * An EntityManagerFactory failed to boot, for example on two entities sharing a name: when the unit's own
	 * boot, which keeps going past such mappings, finds problems that stop startup, they are reported all at once
	 * instead of Hibernate's first exception.
	 */
	void entityManagerFactoryFailed(RuntimeException failure) {
		if (!modelDeferred) {
			return;
		}
		SchemaAnalysis result;
		try {
			result = analysis.get();
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
			return;
		}
		addModelFindings(result);
	}

	/**
	 * Once Liquibase has run and the application is up, compares the live schema with the model; every
	 * difference is a {@code schema-drift} finding, under the same {@code validation.fail-on} rule.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		if (modelDeferred) {
			addModelFindings(analysis.get());
		}
		if (!drift.wanted()) {
			return;
		}
		if (migration.migratesInBackground()) {
			drift.checkOnceMigrated();
		}
		else {
			drift.checkNow();
		}
	}

	/**
	 * Adds findings of a stage of startup (model, database, adoption, drift, other persistence units) under the rule
	 * of {@link StartupFindings}: stops startup when any finding is at or above {@code validation.fail-on}.
	 */
	public synchronized void addFindings(Findings found) {
		Findings known = getFindings();
		try {
			findings = startupFindings.add(known, found);
		}
		catch (SchemaValidationException ex) {
			findings = ex.getAll();
			throw ex;
		}
	}

	/** Whether the checks and the live schema's read ran beside the EntityManagerFactory's boot, not after it. */
	boolean isLiveSchemaReadDuringEntityManagerFactoryBoot() {
		return drift.startedBesideEntityManagerFactory();
	}

	/** Whether the live schema has been compared with the model ({@code drift.enabled}, after migration). */
	public boolean isDriftChecked() {
		return drift.checked();
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
		if (current != null && current.pending() == 0) {
			drift.backgroundMigrationApplied(() -> migration.backgroundMigrationDone(current));
		}
		return current == null ? getFindings() : getFindings().and(current.findings());
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		migration.contextStarted();
	}

	@Override
	public void destroy() {
		migration.close();
	}

	/** How long Spring Boot's Liquibase took at startup, or {@code null} when it did not run. */
	public @Nullable Duration getMigrationDuration() {
		return migration.duration();
	}

	/** The changelog status right after Liquibase ran at startup, or {@code null} when it did not run. */
	public @Nullable ChangelogStatus getMigrationStatus() {
		return migration.status();
	}

	public SchemaAnalysis getAnalysis() {
		return analysis.get();
	}

	public ChangelogMode getMode() {
		return mode;
	}

	/** The changelog Liquibase applies, or {@code null} when Schema Bootstrap leaves the changelog alone. */
	public @Nullable String getChangelogLocation() {
		return migration.changelogLocation();
	}

	@Override
	public String toString() {
		return "SchemaBootstrapper[mode=" + mode.name().toLowerCase(Locale.ROOT) + "]";
	}

}
