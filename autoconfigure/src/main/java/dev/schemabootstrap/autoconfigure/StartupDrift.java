package dev.schemabootstrap.autoconfigure;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import liquibase.integration.spring.SpringResourceAccessor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.DefaultResourceLoader;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties.ChangelogMode;
import dev.schemabootstrap.autoconfigure.liquibase.CommonsStageLog;
import dev.schemabootstrap.autoconfigure.liquibase.StartupMigration;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.drift.DriftUnsupported;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.migration.ChangelogBehindModelCheck;
import dev.schemabootstrap.migration.LiveDatabase;
import dev.schemabootstrap.model.SchemaModel;

/**
 * The drift check of startup: once Liquibase has run, the live schema is compared with the model (every difference
 * a {@code schema-drift} finding) and, in {@code verify} mode, the changelog with the entities
 * ({@code changelog-behind-model}). When the model comes from the EntityManagerFactory, the live schema is read
 * beside the rest of its boot; when the application's own Liquibase migrates in the background, the check waits
 * until it has applied its changesets.
 */
final class StartupDrift {

	private final boolean wanted;

	private final ChangelogMode mode;

	private final Supplier<SchemaAnalysis> analysis;

	private final LiveDatabase liveDatabase;

	private final StartupMigration migration;

	private final SchemaBootstrapProperties.Changelog settings;

	private final ChangelogOutput output;

	private final Consumer<Findings> report;

	/** The live schema, read beside the rest of the EntityManagerFactory's boot once its model is known. */
	private @Nullable CompletableFuture<SchemaModel> liveSchema;

	private volatile boolean checked;

	/**
	 * The application's own Liquibase runs its update in the background (JHipster's {@code AsyncSpringLiquibase}):
	 * at startup its changesets were pending, so the live schema is compared with the model once they are applied.
	 */
	private boolean afterBackgroundMigration;

	/**
	 * @param wanted whether drift is checked at all ({@code drift.enabled}, a data source, a mode other than off)
	 * @param report takes the findings (and stops startup when they reach {@code validation.fail-on})
	 */
	StartupDrift(boolean wanted, ChangelogMode mode, Supplier<SchemaAnalysis> analysis, LiveDatabase liveDatabase,
			StartupMigration migration, SchemaBootstrapProperties.Changelog settings, ChangelogOutput output,
			Consumer<Findings> report) {
		this.wanted = wanted;
		this.mode = mode;
		this.analysis = analysis;
		this.liveDatabase = liveDatabase;
		this.migration = migration;
		this.settings = settings;
		this.output = output;
		this.report = report;
	}

	boolean wanted() {
		return wanted;
	}

	/**
	 * An EntityManagerFactory's model has been read and the factory goes on booting for seconds: the checks and the
	 * live schema's read start now, beside it, and are joined after it.
	 */
	synchronized void startBesideEntityManagerFactory() {
		if (liveSchema != null) {
			return;
		}
		liveSchema = Background.start("model-checks", () -> {
			SchemaModel model = analysis.get().model();
			return wanted ? liveDatabase.readSchema(model) : model;
		});
	}

	/** Whether the checks and the live schema's read ran beside the EntityManagerFactory's boot, not after it. */
	synchronized boolean startedBesideEntityManagerFactory() {
		return liveSchema != null;
	}

	/** Compares now, with the live schema read beside the EntityManagerFactory's boot when it was. */
	void checkNow() {
		CompletableFuture<SchemaModel> startedEarly;
		synchronized (this) {
			startedEarly = liveSchema;
		}
		SchemaModel model = analysis.get().model();
		compare(model, startedEarly != null ? Background.join(startedEarly) : liveDatabase.readSchema(model));
	}

	/** The application's own Liquibase is still applying its changesets: compare once it has. */
	synchronized void checkOnceMigrated() {
		afterBackgroundMigration = true;
	}

	/**
	 * The changesets the application's own Liquibase ran in the background are applied: the drift check left out at
	 * startup runs now. The application already runs, so its findings go to the health check and the endpoint
	 * instead of stopping startup.
	 * @param migrated records the status that says so, when the check was waiting for it
	 */
	synchronized void backgroundMigrationApplied(Runnable migrated) {
		if (!afterBackgroundMigration) {
			return;
		}
		afterBackgroundMigration = false;
		migrated.run();
		SchemaModel model = analysis.get().model();
		try {
			compare(model, liveDatabase.readSchema(model));
		}
		catch (SchemaValidationException ex) {
			// Logged when reported; they are kept in the findings for the health check and the endpoint.
		}
	}

	/** Whether the live schema has been compared with the model. */
	boolean checked() {
		return checked;
	}

	private void compare(SchemaModel model, @Nullable SchemaModel live) {
		if (live == null) {
			// The changelog is Liquibase's and has run; only the comparison needs a catalog reader of ours.
			report.accept(Findings.of(DriftUnsupported.finding(liveDatabase.unreadableProduct())));
			return;
		}
		checked = true;
		report.accept(new DriftDetector().detect(model, live, analysis.get().mapping())
			.and(changelogBehindModel(model, live)));
	}

	/**
	 * In {@code verify} mode, when the application's changelog is fully applied and the database still lacks parts
	 * of the model, the entities have changes no changeset covers: {@code changelog-behind-model}, with the
	 * changesets to add written to {@code changelog.output-dir} for review ({@link ChangelogBehindModelCheck}).
	 */
	private Findings changelogBehindModel(SchemaModel model, SchemaModel live) {
		// Held back, Liquibase may have left changesets pending: the database is then behind, not the changelog.
		if (mode != ChangelogMode.VERIFY || migration.leftChangesetsPending()) {
			return Findings.NONE;
		}
		return new ChangelogBehindModelCheck(String.valueOf(migration.applicationChangelog()),
				new SpringResourceAccessor(new DefaultResourceLoader()), settings.getFormat(),
				settings.isAllowDestructive(), analysis.get().mapping(), CommonsStageLog.of(ChangelogBehindModelCheck.class))
			.check(model, live, output);
	}

}
