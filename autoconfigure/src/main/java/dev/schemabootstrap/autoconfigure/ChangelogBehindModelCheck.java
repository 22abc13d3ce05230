package dev.schemabootstrap.autoconfigure;

import java.nio.file.Path;
import java.util.function.BiFunction;

import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringResourceAccessor;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.DefaultResourceLoader;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogObjects;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.changelog.NextChangelog;
import dev.schemabootstrap.changelog.lint.MigrationSafety;
import dev.schemabootstrap.drift.ChangelogBehindModel;
import dev.schemabootstrap.drift.EvolutionPlanner;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.EvolutionPlan;

/**
 * Once the application's changelog is fully applied ({@code verify} mode, or {@code generate} mode on top of a
 * changelog of the application's own): what the schema it built lacks for the
 * model. The changesets that lose no data are written for review and make one {@code changelog-behind-model}
 * finding; those that lose data (a dropped table or column, a narrowed type) are written too with
 * {@code changelog.allow-destructive=true}, else each is a finding of its own that shows its changesets. Only tables
 * and columns the changelog generated from entities are ever proposed for dropping ({@link ChangelogObjects}).
 */
final class ChangelogBehindModelCheck {

	private static final Log logger = LogFactory.getLog(ChangelogBehindModelCheck.class);

	private final String changelog;

	private final SchemaBootstrapProperties.Changelog settings;

	private final MappingModel mapping;

	private @Nullable ChangelogObjects parsed;

	ChangelogBehindModelCheck(String changelog, SchemaBootstrapProperties.Changelog settings) {
		this(changelog, settings, MappingModel.EMPTY);
	}

	/** @param mapping which names Hibernate quotes, which keep their case in the changesets written on H2 */
	ChangelogBehindModelCheck(String changelog, SchemaBootstrapProperties.Changelog settings, MappingModel mapping) {
		this.changelog = changelog;
		this.settings = settings;
		this.mapping = mapping;
	}

	/**
	 * @param write writes a file name's text into {@code changelog.output-dir} and says where
	 */
	Findings check(SchemaModel model, SchemaModel live, BiFunction<String, String, Path> write) {
		NextChangesets next = writeNext(model, live, write);
		Findings findings = next.file() == null ? Findings.NONE
				: Findings.of(ChangelogBehindModel.finding(changelog, next.written(), next.file(),
						"for example include the file from the master changelog"));
		return findings.and(next.findings());
	}

	/**
	 * Writes the changesets that close the gap (the destructive ones only when allowed) and says what was left out.
	 *
	 * @param write writes a file name's text into {@code changelog.output-dir} and says where
	 */
	NextChangesets writeNext(SchemaModel model, SchemaModel live, BiFunction<String, String, Path> write) {
		// Parsed at most once, and only when asked: to tell what it created, and which logical paths it uses.
		EvolutionPlan plan = new EvolutionPlanner().plan(model, live,
				EvolutionPlanner.Origin.whenAsked(this::readChangelog));
		if (plan.isEmpty()) {
			return new NextChangesets(plan, null, Findings.NONE, Findings.NONE);
		}
		EvolutionPlan written = settings.isAllowDestructive() ? plan : plan.withoutDestructiveChanges();
		ChangelogFormat format = settings.getFormat();
		// A path and ids of its own, so that it never collides with the files written and included before.
		ChangelogWriter writer = NextChangelog.of(
				new ChangelogWriter(SchemaBootstrapper.NEXT_LOGICAL_PATH, DatabaseKind.of(model.dialect()), mapping),
				plan, (path) -> readChangelog().usesLogicalPath(path))
			.writer();
		Path file = written.isEmpty() ? null
				: write.apply(SchemaBootstrapper.NEXT_FILE_NAME + "." + format.extension(), writer.write(written, format));
		Findings notAllowed = settings.isAllowDestructive() ? Findings.NONE
				: ChangelogBehindModel.destructive(plan.destructiveChanges(), (change) -> writer.write(change, format));
		// Every changeset of the file is yet to run: linted as a whole, against the types the changelog left.
		Findings safety = file == null ? Findings.NONE
				: MigrationSafety.generated(writer.changeSets(written), DatabaseKind.of(model.dialect()), written);
		return new NextChangesets(written, file, notAllowed, safety);
	}

	/**
	 * The changesets the application's changelog lacks.
	 *
	 * @param written what was written
	 * @param file where, or {@code null} when there was nothing to write
	 * @param notAllowed one finding per destructive change left out because it is not allowed
	 * @param safety the migration-safety findings on the changesets written
	 */
	record NextChangesets(EvolutionPlan written, @Nullable Path file, Findings notAllowed, Findings safety) {

		/** The findings about the changesets: those left out, and those written that may lock a table. */
		Findings findings() {
			return notAllowed.and(safety);
		}

	}

	/**
	 * A changelog that cannot be read here (parameters only Spring's Liquibase knows) has nothing dropped, and no
	 * logical path is known to be taken.
	 */
	private ChangelogObjects readChangelog() {
		if (parsed == null) {
			try {
				parsed = ChangelogObjects.read(changelog, new SpringResourceAccessor(new DefaultResourceLoader()));
			}
			catch (LiquibaseException | RuntimeException ex) {
				logger.debug("Could not read " + changelog + "; no drop is proposed", ex);
				parsed = ChangelogObjects.none();
			}
		}
		return parsed;
	}

}
