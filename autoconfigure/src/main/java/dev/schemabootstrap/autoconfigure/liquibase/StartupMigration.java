package dev.schemabootstrap.autoconfigure.liquibase;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import liquibase.changelog.DatabaseChangeLog;
import liquibase.integration.spring.SpringLiquibase;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.io.ResourceLoader;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties.BaselineMode;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties.ChangelogMode;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.migration.BeforeMigration;
import dev.schemabootstrap.migration.ChangelogBehindModelCheck;
import dev.schemabootstrap.migration.ChangelogStatus;
import dev.schemabootstrap.migration.DatabaseAdoption;
import dev.schemabootstrap.migration.GeneratedChangelogEvolution;
import dev.schemabootstrap.migration.LiquibaseHistoryTable;
import dev.schemabootstrap.migration.LiquibaseTarget;
import dev.schemabootstrap.stage.NextChangeSets;

/**
 * The Liquibase side of startup, driven by {@link LiquibaseMigrationObserver} around each {@code SpringLiquibase}:
 * which changelog it runs, whether it may run at all ({@link MigrationGate}), how a kept database built by the
 * generated changelog follows the entities ({@link GeneratedChangelogEvolution}), and what it did
 * ({@link MigrationLog}, {@link MigrationStatusRead}). Its findings go to the bootstrapper, under
 * {@code validation.fail-on}.
 */
public final class StartupMigration {

	private static final Log logger = LogFactory.getLog(SchemaBootstrapper.class);

	private final SchemaBootstrapProperties properties;

	private final ChangelogMode mode;

	private final @Nullable DataSource dataSource;

	private final Supplier<SchemaAnalysis> analysis;

	private final NextChangeSets.Output output;

	private final Consumer<Findings> report;

	/** {@code spring.liquibase.change-log}, or the changelog of the application's own Liquibase bean. */
	private @Nullable String applicationChangelog;

	/** The application's own {@code SpringLiquibase}, once it has been configured; then it owns the changelog. */
	private volatile @Nullable ApplicationLiquibase applicationLiquibase;

	/** {@code generate} mode beside a changelog of the application's own: it runs, then what it lacks is added. */
	private boolean generateOnTopOfOwnChangelog;

	private @Nullable String changelogLocation;

	private @Nullable Duration duration;

	private final MigrationStatusRead status = new MigrationStatusRead();

	/** Whether Schema Bootstrap kept Spring Boot's Liquibase from running (stale lock, unmanaged database). */
	private boolean heldBack;

	/**
	 * The logical path of the changesets that evolve a kept database built by the generated changelog, when the
	 * entities changed since ({@link GeneratedChangelogEvolution}), else {@code null}.
	 */
	private @Nullable String evolutionPath;

	/**
	 * @param report takes the findings of each step (and stops startup when they reach {@code validation.fail-on})
	 */
	public StartupMigration(SchemaBootstrapProperties properties, ChangelogMode mode, @Nullable String applicationChangelog,
			@Nullable DataSource dataSource, Supplier<SchemaAnalysis> analysis, NextChangeSets.Output output,
			Consumer<Findings> report) {
		this.properties = properties;
		this.mode = mode;
		this.applicationChangelog = applicationChangelog;
		this.dataSource = dataSource;
		this.analysis = analysis;
		this.output = output;
		this.report = report;
	}

	/**
	 * The application has a changelog of its own: in {@code generate} mode, Liquibase runs it, and the changesets it
	 * lacks for the model are then written to {@code changelog.output-dir} and applied, instead of a whole changelog
	 * generated beside it (whose tables would collide with the ones the application's changelog creates).
	 */
	public void applicationChangelogExists(boolean exists) {
		generateOnTopOfOwnChangelog = exists && mode == ChangelogMode.GENERATE;
	}

	public boolean generatesOnTopOfOwnChangelog() {
		return generateOnTopOfOwnChangelog;
	}

	public @Nullable String applicationChangelog() {
		return applicationChangelog;
	}

	/** The changelog Liquibase is to apply, chosen once the model is known: the application's or the generated one. */
	public void changelogChosen(@Nullable String location) {
		changelogLocation = location;
	}

	/**
	 * Before Spring Boot's Liquibase runs: points it at the generated changelog ({@code generate} mode), and adopts
	 * a database that has tables but no Liquibase history, or keeps Liquibase from touching it.
	 */
	void configure(SpringLiquibase liquibase, LiquibaseProperties liquibaseProperties, ResourceLoader resourceLoader) {
		configure(liquibase, dataSource == null || !liquibaseProperties.isEnabled() ? null
				: LiquibaseTargets.of(dataSource, liquibaseProperties, resourceLoader));
	}

	/**
	 * Before the application's own Liquibase bean runs: its changelog is the application's, kept as it is (verified,
	 * or extended in {@code generate} mode, never replaced), and the database is looked at with the bean's settings
	 * and data source.
	 */
	void configureApplicationLiquibase(String beanName, SpringLiquibase liquibase, ResourceLoader resourceLoader) {
		applicationChangelog = liquibase.getChangeLog();
		if (mode == ChangelogMode.VERIFY || generateOnTopOfOwnChangelog) {
			changelogLocation = applicationChangelog;
		}
		DataSource migrated = liquibase.getDataSource() != null ? liquibase.getDataSource() : dataSource;
		if (migrated == null) {
			// Liquibase fails with its own message: it has no database.
			configure(liquibase, null);
			return;
		}
		ApplicationLiquibase own = ApplicationLiquibase.of(beanName, liquibase, migrated, resourceLoader);
		applicationLiquibase = own;
		configure(liquibase, own.target());
	}

	/** After the application's own Liquibase bean's {@code afterPropertiesSet}, whether it migrated or not yet. */
	void applicationLiquibaseInitialized(Duration took) {
		ApplicationLiquibase own = applicationLiquibase;
		if (own != null) {
			migrated(took, own.target(), null);
		}
	}

	/**
	 * @param target the database Liquibase migrates and its settings, or {@code null} when it does not run (no data
	 * source, Liquibase disabled)
	 */
	private void configure(SpringLiquibase liquibase, @Nullable LiquibaseTarget target) {
		if (mode == ChangelogMode.GENERATE && changelogLocation != null) {
			liquibase.setChangeLog(changelogLocation);
		}
		if (mode == ChangelogMode.OFF || target == null) {
			return;
		}
		// A stale lock, or a database that could not be adopted: Liquibase does not run.
		SchemaBootstrapProperties.Lock lock = properties.getLock();
		BeforeMigration.Result gate = BeforeMigration.check(target, analysis, liquibase.getChangeLog(),
				new BeforeMigration.LockPolicy(lock.getStaleAfter(), lock.isReleaseStale()),
				properties.getBaseline().getMode() == BaselineMode.NEVER ? DatabaseAdoption.Adoption.NEVER
						: DatabaseAdoption.Adoption.IF_MATCHING,
				CommonsStageLog.of(BeforeMigration.class));
		boolean runs = gate.runs();
		if (!runs) {
			liquibase.setShouldRun(false);
		}
		Findings adoption = gate.findings();
		Findings regenerated = Findings.NONE;
		if (mode == ChangelogMode.GENERATE && !generateOnTopOfOwnChangelog && changelogLocation != null) {
			RegeneratedChangelog.Outcome followed = RegeneratedChangelog.follow(liquibase, target, changelogLocation,
					runs, analysis, properties.getChangelog(), output);
			regenerated = followed.findings();
			runs = followed.runs();
			changelogLocation = followed.changelogLocation();
			evolutionPath = followed.evolutionPath();
		}
		report.accept(adoption.and(regenerated));
		heldBack = !runs;
		if (runs) {
			LiquibaseHistoryTable.createUnderLock(target);
		}
	}

	/**
	 * After Spring Boot's Liquibase ran: one line for the migration, and a warning when a newer version of the
	 * application migrated the database, from a read of the status ({@link MigrationStatusRead}). When Liquibase ran,
	 * it applied everything it had to, so nothing is pending and the read waits until the context has started; when
	 * it was held back, the pending changesets matter now and the read starts at once.
	 * @param parsed the changelog as the migration parsed it, so that the read needs no parse of its own; {@code null}
	 * when the migration did not parse it
	 */
	void migrated(Duration took, LiquibaseTarget target, @Nullable DatabaseChangeLog parsed) {
		String changelog = changelogLocation;
		if (changelog == null) {
			return;
		}
		duration = took;
		Supplier<ChangelogStatus> read = () -> MigrationLog.read(took, target, changelog, parsed, displayedChangelog(),
				evolutionPath);
		if (generateOnTopOfOwnChangelog) {
			// What the changelog lacks is applied before the EntityManagerFactory, so the status is needed now.
			ChangelogStatus current = read.get();
			status.set(current);
			if (current.pending() == 0) {
				SchemaBootstrapProperties.Changelog settings = properties.getChangelog();
				report.accept(new ChangelogBehindModelCheck(String.valueOf(applicationChangelog), target.resources(),
						settings.getFormat(), settings.isAllowDestructive(), analysis.get().mapping(),
						CommonsStageLog.of(ChangelogBehindModelCheck.class))
					.applyOnTop(analysis.get().model(), output, target));
			}
		}
		else if (heldBack) {
			status.startNow(read);
		}
		else {
			status.defer(read);
		}
	}

	/** The context has started: a status read waiting for it starts. */
	public void contextStarted() {
		status.start();
	}

	/** Lets a status read still running finish (and log) before the application is gone. */
	public void close() {
		status.awaitQuietly();
	}

	/**
	 * Whether the application's own Liquibase bean left its changesets pending at the end of startup, though nothing
	 * held it back: it runs its update on a thread of its own. Comparing the schema now would report every table it
	 * is about to create as missing.
	 */
	public boolean migratesInBackground() {
		ApplicationLiquibase own = applicationLiquibase;
		if (own == null || heldBack) {
			return false;
		}
		ChangelogStatus current = status.get();
		if (current == null || current.pending() == 0) {
			return false;
		}
		logger.info("The Liquibase bean '" + own.beanName() + "' has not applied " + current.pending()
				+ " changeset(s) of " + own.changelog() + " yet: it runs its update in the background. The schema is"
				+ " compared with the model once they are applied (read by the schema health check or endpoint);"
				+ " until then they are reported as pending-changesets");
		return true;
	}

	/** The status of a migration that ran in the background, read once it has applied everything. */
	public void backgroundMigrationDone(ChangelogStatus current) {
		status.set(current);
	}

	/**
	 * Whether Liquibase, held back, left changesets pending: then the database is behind the changelog, and the
	 * changelog is not behind the model.
	 */
	public boolean leftChangesetsPending() {
		ChangelogStatus current = heldBack ? status.get() : null;
		return current != null && current.pending() > 0;
	}

	/** The application's own Liquibase bean, when it defines one and it has been configured, else {@code null}. */
	@Nullable ApplicationLiquibase applicationLiquibase() {
		return applicationLiquibase;
	}

	/** How long Liquibase took at startup, or {@code null} when it did not run. */
	public @Nullable Duration duration() {
		return duration;
	}

	/** The changelog status right after Liquibase ran at startup, or {@code null} when it did not run. */
	public @Nullable ChangelogStatus status() {
		return status.get();
	}

	/** The changelog Liquibase applies, or {@code null} when Schema Bootstrap leaves the changelog alone. */
	public @Nullable String changelogLocation() {
		return changelogLocation;
	}

	private String displayedChangelog() {
		return mode == ChangelogMode.GENERATE && !generateOnTopOfOwnChangelog
				? "the generated changelog (" + SchemaBootstrapper.GENERATED_LOGICAL_PATH + ")"
				: String.valueOf(changelogLocation);
	}

}
