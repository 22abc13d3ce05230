package dev.schemabootstrap.autoconfigure.liquibase;

import java.util.function.Supplier;

import liquibase.integration.spring.SpringLiquibase;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.migration.GeneratedChangelogEvolution;
import dev.schemabootstrap.migration.GeneratedChangelogHistory;
import dev.schemabootstrap.migration.LiquibaseTarget;
import dev.schemabootstrap.stage.NextChangeSets;

/**
 * {@code generate} mode on a kept database built by the generated changelog: when the entities now generate some
 * of its applied changesets differently ({@link GeneratedChangelogHistory}), Liquibase would stop on their
 * checksums. It is given only what the database lacks, as changesets of their own
 * ({@link GeneratedChangelogEvolution}), or nothing when the database already has it, or, where that cannot be
 * known (a catalog that is not read), it does not run.
 */
final class RegeneratedChangelog {

	private static final Log logger = LogFactory.getLog(SchemaBootstrapper.class);

	private RegeneratedChangelog() {
	}

	/**
	 * @param generated the location of the changelog just generated, which Liquibase is pointed at
	 * @param runs whether Liquibase may run at all (the gate before it)
	 */
	static Outcome follow(SpringLiquibase liquibase, LiquibaseTarget target, String generated, boolean runs,
			Supplier<SchemaAnalysis> analysis, SchemaBootstrapProperties.Changelog settings,
			NextChangeSets.Output output) {
		Findings regenerated = new GeneratedChangelogHistory(target).check(generated);
		if (regenerated.isEmpty()) {
			return new Outcome(Findings.NONE, runs, generated, null);
		}
		GeneratedChangelogEvolution.Evolution evolution = !runs ? null
				: new GeneratedChangelogEvolution(target, settings.getFormat(), settings.isAllowDestructive())
					.write(analysis.get().model(), analysis.get().mapping(), output);
		if (evolution == null) {
			// Not evolved: a database whose catalog is not read, or one Liquibase may not touch anyway.
			liquibase.setShouldRun(false);
			return new Outcome(regenerated, false, generated, null);
		}
		if (evolution.file() == null) {
			liquibase.setShouldRun(false);
			logger.info("The entities changed since this database was built by the generated changelog ("
					+ SchemaBootstrapper.GENERATED_LOGICAL_PATH + "); it already has what they need beyond it, so"
					+ " Liquibase has nothing to apply");
			return new Outcome(evolution.notAllowed(), true, null, null);
		}
		String location = evolution.file().toUri().toString();
		liquibase.setChangeLog(location);
		logger.info("The entities changed since this database was built by the generated changelog ("
				+ SchemaBootstrapper.GENERATED_LOGICAL_PATH + "): Liquibase applies " + evolution.written().summary()
				+ " as " + evolution.logicalPath() + ", written to " + evolution.file());
		return new Outcome(evolution.notAllowed(), true, location, evolution.logicalPath());
	}

	/**
	 * @param findings the changed changesets when Liquibase cannot be given an evolution, else the destructive
	 * changes left out of it
	 * @param runs whether Liquibase may still run
	 * @param changelogLocation the changelog Liquibase applies, {@code null} when it has nothing to apply
	 * @param evolutionPath the logical path of the evolution's changesets, when it applies one
	 */
	record Outcome(Findings findings, boolean runs, @Nullable String changelogLocation,
			@Nullable String evolutionPath) {
	}

}
