package dev.schemabootstrap.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
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
import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties.FailOn;
import dev.schemabootstrap.changelog.ChangeSetGrouping;
import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.changelog.NextChangelog;
import dev.schemabootstrap.check.Finding;
import dev.schemabootstrap.check.Findings;
import dev.schemabootstrap.check.Severity;
import dev.schemabootstrap.check.Suppressions;
import dev.schemabootstrap.check.database.DatabaseCheck;
import dev.schemabootstrap.database.InMemoryDatabases;
import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.drift.DriftUnsupported;
import dev.schemabootstrap.model.DatabaseKind;
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
	public static final String GENERATED_LOGICAL_PATH = "schema-bootstrap/changelog";

	static final String GENERATED_FILE_NAME = "db.changelog-schema-bootstrap";

	/** Where the changesets the application's changelog lacks are written. */
	static final String NEXT_FILE_NAME = "db.changelog-schema-bootstrap-next";

	/**
	 * The path Liquibase recorded for them before each such file got one of its own ({@code NextChangelog}): kept
	 * only to recognise them in existing databases.
	 */
	static final String NEXT_LOGICAL_PATH = "schema-bootstrap/changelog-next";

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

	private final List<DatabaseCheck> databaseChecks;

	private final Suppressions suppressions;

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

	/** The product name of a database whose catalog is not read, once the drift check found it so. */
	private volatile @Nullable String unreadableDatabase;

	/** The live schema, read beside the rest of the EntityManagerFactory's boot once its model is known. */
	private volatile @Nullable CompletableFuture<SchemaModel> liveSchema;

	SchemaBootstrapper(SchemaBootstrapProperties properties, ChangelogMode mode, @Nullable String applicationChangelog,
			Supplier<SchemaAnalysis> analysis) {
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
		this.databaseChecks = List.copyOf(databaseChecks);
		this.suppressions = Suppressions.parse(properties.getValidation().getSuppress());
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
			return drift ? readLiveSchema(model) : model;
		});
	}

	private boolean driftWanted() {
		return dataSource != null && properties.getDrift().isEnabled() && mode != ChangelogMode.OFF;
	}

	/** The live schema, or {@code null} on a database whose catalog is not read (then drift is off). */
	private @Nullable SchemaModel readLiveSchema(SchemaModel model) {
		try (Connection connection = dataSource.getConnection()) {
			if (!LiveSchemaReader.canRead(connection)) {
				unreadableDatabase = connection.getMetaData().getDatabaseProductName();
				return null;
			}
			return new LiveSchemaReader().read(connection, model);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Schema Bootstrap could not read the live schema: " + ex.getMessage(), ex);
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
			addFindings(unitAnalysis.settingsFindings().and(suppressions.problems()));
			changelogLocation = mode == ChangelogMode.VERIFY ? applicationChangelog : null;
			return;
		}
		SchemaAnalysis result = analysis.get();
		addModelFindings(result);
		changelogLocation = generateOnTopOfOwnChangelog ? applicationChangelog : writeChangelog(result);
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
		addFindings(result.findings().and(checkDatabase(result.model())).and(suppressions.problems()));
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
		SchemaModel live = startedEarly != null ? Background.join(startedEarly) : readLiveSchema(model);
		checkDrift(model, live);
	}

	private void checkDrift(SchemaModel model, @Nullable SchemaModel live) {
		if (live == null) {
			// The changelog is Liquibase's and has run; only the comparison needs a catalog reader of ours.
			addFindings(Findings.of(DriftUnsupported.finding(String.valueOf(unreadableDatabase))));
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
			checkDrift(model, readLiveSchema(model));
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
			.check(model, live, this::write);
	}

	/**
	 * Adds findings of a stage of startup (model, database, adoption, drift, other persistence units) less the
	 * suppressed ones, logs the new ones, one line each, and stops startup when any finding is at or above
	 * {@code validation.fail-on}. The findings that stop startup are not logged: the failure analysis prints them,
	 * with their fixes, once.
	 */
	synchronized void addFindings(Findings found) {
		Findings known = getFindings();
		// A finding reported at an earlier stage (settings before Liquibase, the model after it) is not new.
		Set<Finding> reported = new HashSet<>(known.asList());
		Findings added = suppressions.apply(found).filter((finding) -> !reported.contains(finding));
		Findings all = known.and(added);
		findings = all;
		FailOn failOn = properties.getValidation().getFailOn();
		Findings failing = failOn == FailOn.NEVER ? Findings.NONE
				: all.atLeast(failOn == FailOn.ERROR ? Severity.ERROR : Severity.WARNING);
		Set<Finding> stopping = new HashSet<>(failing.asList());
		added.filter((finding) -> !stopping.contains(finding)).forEach(SchemaBootstrapper::log);
		if (!failing.isEmpty()) {
			throw new SchemaValidationException(failing, all, failOn.name(), properties.getDocsUrl());
		}
	}

	private static void log(Finding finding) {
		String line = "Schema Bootstrap: " + finding.severity() + " [" + finding.id() + "] " + finding.subject() + ": "
				+ finding.message() + (finding.message().endsWith(".") ? "" : ".") + " Fix: " + finding.hint();
		if (finding.severity() == Severity.INFO) {
			logger.info(line);
		}
		else {
			logger.warn(line);
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
		boolean runs = true;
		Findings lock = new StaleLock(dataSource, liquibaseProperties, Clock.systemUTC())
			.check(properties.getLock().getStaleAfter(), properties.getLock().isReleaseStale());
		if (!lock.atLeast(Severity.ERROR).isEmpty()) {
			// Liquibase would only wait for the lock, then fail.
			liquibase.setShouldRun(false);
			runs = false;
		}
		Findings adoption = lock.and(new DatabaseAdoption(dataSource, liquibaseProperties, resourceLoader)
			.adoptIfUnmanaged(analysis, liquibase.getChangeLog(),
					properties.getBaseline().getMode()));
		if (!adoption.withId(DatabaseAdoption.UNMANAGED_DATABASE).atLeast(Severity.ERROR).isEmpty()) {
			// Whatever validation.fail-on says, no DDL runs against a database that could not be adopted.
			liquibase.setShouldRun(false);
			runs = false;
		}
		Findings regenerated = mode == ChangelogMode.GENERATE && !generateOnTopOfOwnChangelog && changelogLocation != null
				? new GeneratedChangelogHistory(dataSource, liquibaseProperties, resourceLoader).check(changelogLocation)
				: Findings.NONE;
		// Liquibase would stop on the checksums of the changesets the entities now generate differently: it is
		// given only what the database lacks, as changesets of their own.
		GeneratedChangelogEvolution.Evolution evolution = regenerated.isEmpty() || !runs ? null
				: new GeneratedChangelogEvolution(dataSource, liquibaseProperties, properties.getChangelog())
					.write(analysis.get().model(), analysis.get().mapping(), this::write);
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
			ChangelogStatus status = readStatus(duration, dataSource, changelog, liquibaseProperties, resourceLoader,
					parsed);
			migrationStatus.set(status);
			if (status.pending() == 0) {
				applyWhatTheChangelogLacks(dataSource, liquibaseProperties, resourceLoader);
			}
			return;
		}
		Supplier<ChangelogStatus> read = () -> readStatus(duration, dataSource, changelog, liquibaseProperties,
				resourceLoader, parsed);
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
	 * Whether a recorded changeset ({@code path::id::author}) is one generate mode added on top of the application's
	 * changelog: under {@code schema-bootstrap/changelog-next} (earlier versions) or a path of its own,
	 * {@code schema-bootstrap/changelog-next-<tag>}.
	 */
	static boolean isAddedOnTop(String changeSet) {
		return changeSet.startsWith(NEXT_LOGICAL_PATH + "::") || changeSet.startsWith(NextChangelog.LOGICAL_PATH_PREFIX);
	}

	private ChangelogStatus readStatus(Duration duration, DataSource dataSource, String changelog,
			LiquibaseProperties liquibaseProperties, ResourceLoader resourceLoader, @Nullable DatabaseChangeLog parsed) {
		ChangelogStatus status = ChangelogStatus.read(dataSource, changelog, liquibaseProperties, resourceLoader,
				parsed);
		String evolution = evolutionPath;
		if (evolution != null) {
			// Every other recorded changeset is the generated changelog's history (or an earlier evolution's).
			logger.info("Liquibase has applied " + changesets(status.applied() - status.unknownChangeSets().size())
					+ " of " + evolution + " on top of the generated changelog's history ("
					+ duration.toMillis() + " ms)");
			return status;
		}
		// The history also holds what Schema Bootstrap added on top of the application's changelog (and perhaps
		// what a newer version applied): those rows are not the changelog's.
		long added = status.unknownChangeSets()
			.stream()
			.filter(SchemaBootstrapper::isAddedOnTop)
			.count();
		int ofChangelog = status.applied() - status.unknownChangeSets().size();
		logger.info("Liquibase has applied " + changesets(ofChangelog) + " of " + displayedChangelog()
				+ (added == 0 ? "" : " and " + changesets(added) + " Schema Bootstrap added on top of it ("
						+ NEXT_LOGICAL_PATH + ")")
				+ (status.pending() == 0 ? "; none pending" : "; " + status.pending() + " pending") + " ("
				+ duration.toMillis() + " ms)");
		NewerDatabaseCheck.warnIfNewer(status, liquibaseProperties.getDatabaseChangeLogTable());
		return status;
	}

	/**
	 * {@code generate} mode on top of the application's changelog: the changesets it lacks (destructive ones only
	 * when allowed) are written for review and applied by Liquibase, recorded under their own path.
	 */
	private void applyWhatTheChangelogLacks(DataSource dataSource, LiquibaseProperties liquibaseProperties,
			ResourceLoader resourceLoader) {
		SchemaModel model = analysis.get().model();
		try (Connection connection = dataSource.getConnection()) {
			if (!LiveSchemaReader.canRead(connection)) {
				logger.info("Schema Bootstrap cannot read the catalog of "
						+ connection.getMetaData().getDatabaseProductName() + ", so it cannot tell what "
						+ applicationChangelog + " lacks for the entities; only that changelog was applied");
				return;
			}
			SchemaModel live = new LiveSchemaReader().read(connection, model);
			ChangelogBehindModelCheck.NextChangesets next = new ChangelogBehindModelCheck(
					String.valueOf(applicationChangelog), properties.getChangelog(), analysis.get().mapping())
				.writeNext(model, live, this::write);
			if (next.file() != null) {
				Database database = LiquibaseDatabases.open(connection, liquibaseProperties);
				LiquibaseDatabases.liquibase(next.file().toUri().toString(), resourceLoader, database)
					.update(new Contexts(), new LabelExpression());
				logger.info("Schema Bootstrap applied " + next.written().summary() + " that " + applicationChangelog
						+ " lacks (changelog.mode=generate), written to " + next.file()
						+ ": review them and add them to your changelog");
			}
			addFindings(next.findings());
		}
		catch (SQLException | LiquibaseException ex) {
			throw new IllegalStateException("Schema Bootstrap could not apply the changesets " + applicationChangelog
					+ " lacks: " + ex.getMessage(), ex);
		}
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

	private static String changesets(long count) {
		return count + (count == 1 ? " changeset" : " changesets");
	}

	private String writeChangelog(SchemaAnalysis result) {
		ChangelogFormat format = properties.getChangelog().getFormat();
		DatabaseKind database = DatabaseKind.of(result.model().dialect());
		// A database built from nothing at every start has no history to keep stable and nothing to resume.
		ChangeSetGrouping grouping = dataSource != null && InMemoryDatabases.isInMemory(dataSource)
				? ChangeSetGrouping.PER_STAGE : ChangeSetGrouping.PER_OBJECT;
		String changelog = new ChangelogWriter(GENERATED_LOGICAL_PATH, database, result.mapping()).grouped(grouping)
			.write(result.plan(), format);
		Path file = write(GENERATED_FILE_NAME + "." + format.extension(), changelog);
		logger.debug("Generated changelog written to " + file + " (" + grouping + ")");
		return file.toUri().toString();
	}

	/** Writes a changelog into {@code changelog.output-dir}, for Liquibase or for review. */
	private Path write(String fileName, String changelog) {
		Path file = Path.of(properties.getChangelog().getOutputDir()).toAbsolutePath().resolve(fileName);
		try {
			Files.createDirectories(file.getParent());
			// Instances sharing the directory (replicas started at once) may read the file while another writes
			// it: a complete file is moved into place in one step, so readers see the old or the new one whole.
			Path partial = Files.createTempFile(file.getParent(), fileName, ".partial");
			try {
				Files.writeString(partial, changelog, StandardCharsets.UTF_8);
				Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(partial);
			}
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
