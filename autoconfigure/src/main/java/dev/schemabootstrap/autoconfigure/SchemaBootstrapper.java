package dev.schemabootstrap.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import javax.sql.DataSource;

import liquibase.changelog.DatabaseChangeLog;
import liquibase.integration.spring.SpringLiquibase;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.function.SingletonSupplier;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties.ChangelogMode;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.check.database.DatabaseCheck;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.drift.DriftUnsupported;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.SchemaModel;

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

	private final SchemaBootstrapProperties properties;

	private final ChangelogMode mode;

	/** {@code spring.liquibase.change-log}, or the changelog of the application's own Liquibase bean. */
	private @Nullable String applicationChangelog;

	/** The application's own {@code SpringLiquibase}, once it has been configured; then it owns the changelog. */
	private volatile @Nullable ApplicationLiquibase applicationLiquibase;

	/**
	 * The application's own Liquibase runs its update in the background (JHipster's {@code AsyncSpringLiquibase}):
	 * at startup its changesets were pending, so the live schema is compared with the model once they are applied.
	 */
	private volatile boolean driftAfterBackgroundMigration;

	/** {@code generate} mode beside a changelog of the application's own: it runs, then what it lacks is added. */
	private boolean generateOnTopOfOwnChangelog;

	private final UnitAnalysis unitAnalysis;

	private final Supplier<SchemaAnalysis> analysis;

	private final EntityManagerFactoryModels entityManagerFactoryModels = new EntityManagerFactoryModels();

	private final @Nullable DataSource dataSource;

	private final LiveDatabase liveDatabase;

	private final StartupFindings startupFindings;

	private final ChangelogOutput output;

	private @Nullable Findings findings;

	private boolean driftChecked;

	/** Whether the model findings wait for the EntityManagerFactory ({@code verify} and {@code off} mode). */
	private volatile boolean modelDeferred;

	private boolean modelFromEntityManagerFactory;

	private @Nullable String changelogLocation;

	private @Nullable Duration migrationDuration;

	private final MigrationStatusRead migrationStatus = new MigrationStatusRead();

	/** Whether Schema Bootstrap kept Spring Boot's Liquibase from running (stale lock, unmanaged database). */
	private boolean liquibaseHeldBack;

	/**
	 * The logical path of the changesets that evolve a kept database built by the generated changelog, when the
	 * entities changed since ({@link GeneratedChangelogEvolution}), else {@code null}.
	 */
	private @Nullable String evolutionPath;

	/** The live schema, read beside the rest of the EntityManagerFactory's boot once its model is known. */
	private volatile @Nullable CompletableFuture<SchemaModel> liveSchema;

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
		this.properties = properties;
		this.mode = mode;
		this.applicationChangelog = applicationChangelog;
		this.unitAnalysis = unitAnalysis;
		this.analysis = SingletonSupplier.of(this::analyzeOnce);
		this.dataSource = dataSource;
		this.liveDatabase = new LiveDatabase(dataSource, databaseChecks);
		this.startupFindings = new StartupFindings(properties);
		this.output = new ChangelogOutput(properties.getChangelog());
		this.entityManagerFactoryModels.onCapture(this::modelCaptured);
	}

	/**
	 * An EntityManagerFactory's model has been read and the factory goes on booting for seconds: the checks and the
	 * live schema's read for the drift check start now, beside it, and are joined after it.
	 */
	private synchronized void modelCaptured() {
		if (!modelDeferred || liveSchema != null) {
			return;
		}
		boolean drift = driftWanted();
		liveSchema = Background.start("model-checks", () -> {
			SchemaModel model = analysis.get().model();
			return drift ? liveDatabase.readSchema(model) : model;
		});
	}

	private boolean driftWanted() {
		return dataSource != null && properties.getDrift().isEnabled() && mode != ChangelogMode.OFF;
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
			changelogLocation = mode == ChangelogMode.VERIFY ? applicationChangelog : null;
			return;
		}
		SchemaAnalysis result = analysis.get();
		addModelFindings(result);
		changelogLocation = generateOnTopOfOwnChangelog ? applicationChangelog : output.writeGenerated(result, dataSource);
	}

	/**
	 * The application has a changelog of its own: in {@code generate} mode, Liquibase runs it, and the changesets it
	 * lacks for the model are then written to {@code changelog.output-dir} and applied, instead of a whole changelog
	 * generated beside it (whose tables would collide with the ones the application's changelog creates).
	 */
	void applicationChangelogExists(boolean exists) {
		generateOnTopOfOwnChangelog = exists && mode == ChangelogMode.GENERATE;
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
		CompletableFuture<SchemaModel> startedEarly = liveSchema;
		if (!driftWanted()) {
			return;
		}
		if (migratesInBackground()) {
			driftAfterBackgroundMigration = true;
			return;
		}
		SchemaModel model = analysis.get().model();
		SchemaModel live = startedEarly != null ? Background.join(startedEarly) : liveDatabase.readSchema(model);
		checkDrift(model, live);
	}

	private void checkDrift(SchemaModel model, @Nullable SchemaModel live) {
		if (live == null) {
			// The changelog is Liquibase's and has run; only the comparison needs a catalog reader of ours.
			addFindings(Findings.of(DriftUnsupported.finding(liveDatabase.unreadableProduct())));
			return;
		}
		driftChecked = true;
		addFindings(new DriftDetector().detect(model, live, analysis.get().mapping())
			.and(changelogBehindModel(model, live)));
	}

	/**
	 * Whether the application's own Liquibase bean left its changesets pending at the end of startup, though nothing
	 * held it back: it runs its update on a thread of its own. Comparing the schema now would report every table it
	 * is about to create as missing.
	 */
	private boolean migratesInBackground() {
		ApplicationLiquibase own = applicationLiquibase;
		if (own == null || liquibaseHeldBack) {
			return false;
		}
		ChangelogStatus status = migrationStatus.get();
		if (status == null || status.pending() == 0) {
			return false;
		}
		logger.info("The Liquibase bean '" + own.beanName() + "' has not applied " + status.pending()
				+ " changeset(s) of " + own.changelog() + " yet: it runs its update in the background. The schema is"
				+ " compared with the model once they are applied (read by the schema health check or endpoint);"
				+ " until then they are reported as pending-changesets");
		return true;
	}

	/**
	 * The changesets the application's own Liquibase ran in the background are applied: the drift check left out at
	 * startup runs now. The application already runs, so its findings go to the health check and the endpoint
	 * instead of stopping startup.
	 */
	private synchronized void checkDriftAfterBackgroundMigration(ChangelogStatus current) {
		if (!driftAfterBackgroundMigration) {
			return;
		}
		driftAfterBackgroundMigration = false;
		migrationStatus.set(current);
		SchemaModel model = analysis.get().model();
		try {
			checkDrift(model, liveDatabase.readSchema(model));
		}
		catch (SchemaValidationException ex) {
			// Logged by addFindings; they are kept in getFindings() for the health check and the endpoint.
		}
	}

	/**
	 * In {@code verify} mode, when the application's changelog is fully applied and the database still lacks parts
	 * of the model, the entities have changes no changeset covers: {@code changelog-behind-model}, with the
	 * changesets to add written to {@code changelog.output-dir} for review ({@link ChangelogBehindModelCheck}).
	 */
	private Findings changelogBehindModel(SchemaModel model, SchemaModel live) {
		if (mode != ChangelogMode.VERIFY) {
			return Findings.NONE;
		}
		// Held back, Liquibase may have left changesets pending: the database is then behind, not the changelog.
		ChangelogStatus status = liquibaseHeldBack ? getMigrationStatus() : null;
		if (status != null && status.pending() > 0) {
			return Findings.NONE;
		}
		return new ChangelogBehindModelCheck(String.valueOf(applicationChangelog), properties.getChangelog(),
				analysis.get().mapping())
			.check(model, live, output);
	}

	/**
	 * Adds findings of a stage of startup (model, database, adoption, drift, other persistence units) under the rule
	 * of {@link StartupFindings}: stops startup when any finding is at or above {@code validation.fail-on}.
	 */
	synchronized void addFindings(Findings found) {
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
		return liveSchema != null;
	}

	/** Whether the live schema has been compared with the model ({@code drift.enabled}, after migration). */
	public boolean isDriftChecked() {
		return driftChecked;
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
			checkDriftAfterBackgroundMigration(current);
		}
		return current == null ? getFindings() : getFindings().and(current.findings());
	}

	/**
	 * Before Spring Boot's Liquibase runs: points it at the generated changelog ({@code generate} mode), and adopts
	 * a database that has tables but no Liquibase history, or keeps Liquibase from touching it.
	 */
	void configure(SpringLiquibase liquibase, LiquibaseProperties liquibaseProperties, ResourceLoader resourceLoader) {
		configure(liquibase, liquibaseProperties, dataSource, resourceLoader);
	}

	/**
	 * Before the application's own Liquibase bean runs: its changelog is the application's, kept as it is (verified,
	 * or extended in {@code generate} mode, never replaced), and the database is looked at with the bean's settings
	 * and data source.
	 */
	void configureApplicationLiquibase(String beanName, SpringLiquibase liquibase, ResourceLoader resourceLoader) {
		ApplicationLiquibase own = ApplicationLiquibase.of(beanName, liquibase, dataSource, resourceLoader);
		applicationLiquibase = own;
		applicationChangelog = own.changelog();
		if (mode == ChangelogMode.VERIFY || generateOnTopOfOwnChangelog) {
			changelogLocation = own.changelog();
		}
		configure(liquibase, own.settings(), own.dataSource(), own.resourceLoader());
	}

	/** After the application's own Liquibase bean's {@code afterPropertiesSet}, whether it migrated or not yet. */
	void applicationLiquibaseInitialized(Duration duration) {
		ApplicationLiquibase own = applicationLiquibase;
		if (own != null) {
			migrated(duration, own.dataSource(), own.settings(), own.resourceLoader(), null);
		}
	}

	private void configure(SpringLiquibase liquibase, LiquibaseProperties liquibaseProperties,
			@Nullable DataSource dataSource, ResourceLoader resourceLoader) {
		if (mode == ChangelogMode.GENERATE && changelogLocation != null) {
			liquibase.setChangeLog(changelogLocation);
		}
		if (mode == ChangelogMode.OFF || dataSource == null || !liquibaseProperties.isEnabled()) {
			return;
		}
		// A stale lock, or a database that could not be adopted: Liquibase does not run.
		MigrationGate.Result gate = MigrationGate.check(properties, analysis, dataSource, liquibaseProperties,
				resourceLoader, liquibase.getChangeLog());
		boolean runs = gate.runs();
		if (!runs) {
			liquibase.setShouldRun(false);
		}
		Findings adoption = gate.findings();
		Findings regenerated = mode == ChangelogMode.GENERATE && !generateOnTopOfOwnChangelog && changelogLocation != null
				? new GeneratedChangelogHistory(dataSource, liquibaseProperties, resourceLoader).check(changelogLocation)
				: Findings.NONE;
		// Liquibase would stop on the checksums of the changesets the entities now generate differently: it is
		// given only what the database lacks, as changesets of their own.
		GeneratedChangelogEvolution.Evolution evolution = regenerated.isEmpty() || !runs ? null
				: new GeneratedChangelogEvolution(dataSource, liquibaseProperties, properties.getChangelog())
					.write(analysis.get().model(), analysis.get().mapping(), output);
		if (evolution != null) {
			regenerated = evolve(liquibase, evolution);
		}
		else if (!regenerated.isEmpty()) {
			// Not evolved: a database whose catalog is not read, or one Liquibase may not touch anyway.
			liquibase.setShouldRun(false);
			runs = false;
		}
		addFindings(adoption.and(regenerated));
		liquibaseHeldBack = !runs;
		if (runs) {
			LiquibaseHistoryTable.createUnderLock(dataSource, liquibaseProperties);
		}
	}

	/**
	 * Points Liquibase at the changesets that evolve a kept database built by the generated changelog, or keeps it
	 * from running when the database already matches the entities.
	 *
	 * @return the destructive changes left out, as findings
	 */
	private Findings evolve(SpringLiquibase liquibase, GeneratedChangelogEvolution.Evolution evolution) {
		if (evolution.file() == null) {
			liquibase.setShouldRun(false);
			changelogLocation = null;
			logger.info("The entities changed since this database was built by the generated changelog ("
					+ GENERATED_LOGICAL_PATH + "); it already has what they need beyond it, so Liquibase has nothing"
					+ " to apply");
		}
		else {
			changelogLocation = evolution.file().toUri().toString();
			evolutionPath = evolution.logicalPath();
			liquibase.setChangeLog(changelogLocation);
			logger.info("The entities changed since this database was built by the generated changelog ("
					+ GENERATED_LOGICAL_PATH + "): Liquibase applies " + evolution.written().summary() + " as "
					+ evolution.logicalPath() + ", written to " + evolution.file());
		}
		return evolution.notAllowed();
	}

	/**
	 * After Spring Boot's Liquibase ran: one line for the migration, and a warning when a newer version of the
	 * application migrated the database, from a read of the status ({@link MigrationStatusRead}). When Liquibase ran,
	 * it applied everything it had to, so nothing is pending and the read waits until the context has started; when
	 * it was held back, the pending changesets matter now and the read starts at once.
	 * @param parsed the changelog as the migration parsed it, so that the read needs no parse of its own; {@code null}
	 * when the migration did not parse it
	 */
	void migrated(Duration duration, DataSource dataSource, LiquibaseProperties liquibaseProperties,
			ResourceLoader resourceLoader, @Nullable DatabaseChangeLog parsed) {
		String changelog = changelogLocation;
		if (changelog == null) {
			return;
		}
		migrationDuration = duration;
		if (generateOnTopOfOwnChangelog) {
			// What the changelog lacks is applied before the EntityManagerFactory, so the status is needed now.
			ChangelogStatus status = MigrationLog.read(duration, dataSource, changelog, liquibaseProperties, resourceLoader,
					parsed, displayedChangelog(), evolutionPath);
			migrationStatus.set(status);
			if (status.pending() == 0) {
				applyWhatTheChangelogLacks(dataSource, liquibaseProperties, resourceLoader);
			}
			return;
		}
		Supplier<ChangelogStatus> read = () -> MigrationLog.read(duration, dataSource, changelog, liquibaseProperties,
				resourceLoader, parsed, displayedChangelog(), evolutionPath);
		if (liquibaseHeldBack) {
			migrationStatus.startNow(read);
		}
		else {
			migrationStatus.defer(read);
		}
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		migrationStatus.start();
	}

	@Override
	public void destroy() {
		migrationStatus.awaitQuietly();
	}

	/**
	 * {@code generate} mode on top of the application's changelog: the changesets it lacks (destructive ones only
	 * when allowed) are written for review and applied by Liquibase, recorded under their own path.
	 */
	private void applyWhatTheChangelogLacks(DataSource dataSource, LiquibaseProperties liquibaseProperties,
			ResourceLoader resourceLoader) {
		addFindings(new ChangelogBehindModelCheck(String.valueOf(applicationChangelog), properties.getChangelog(),
				analysis.get().mapping())
			.applyOnTop(analysis.get().model(), output, dataSource, liquibaseProperties, resourceLoader));
	}

	/** The application's own Liquibase bean, when it defines one and it has been configured, else {@code null}. */
	@Nullable ApplicationLiquibase getApplicationLiquibase() {
		return applicationLiquibase;
	}

	/** How long Spring Boot's Liquibase took at startup, or {@code null} when it did not run. */
	public @Nullable Duration getMigrationDuration() {
		return migrationDuration;
	}

	/** The changelog status right after Liquibase ran at startup, or {@code null} when it did not run. */
	public @Nullable ChangelogStatus getMigrationStatus() {
		return migrationStatus.get();
	}

	private String displayedChangelog() {
		return mode == ChangelogMode.GENERATE && !generateOnTopOfOwnChangelog
				? "the generated changelog (" + GENERATED_LOGICAL_PATH + ")" : String.valueOf(changelogLocation);
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
