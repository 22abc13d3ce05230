package dev.schemabootstrap.migration;

import java.sql.Connection;
import java.sql.SQLException;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ResourceAccessor;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogObjects;
import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.plan.EvolutionPlanner;
import dev.schemabootstrap.stage.NextChangeSets;

/**
 * Once the application's changelog is fully applied ({@code verify} mode, or {@code generate} mode on top of a
 * changelog of the application's own): what the schema it built lacks for the
 * model. The changesets that lose no data are written for review and make one {@code changelog-behind-model}
 * finding; those that lose data (a dropped table or column, a narrowed type) are written too with
 * {@code changelog.allow-destructive=true}, else each is a finding of its own that shows its changesets. Only tables
 * and columns the changelog generated from entities are ever proposed for dropping ({@link ChangelogObjects}).
 */
public final class ChangelogBehindModelCheck {

	private final String changelog;

	private final ResourceAccessor resources;

	private final ChangelogFormat format;

	private final boolean allowDestructive;

	private final MappingModel mapping;

	private final StageLog log;

	private @Nullable ChangelogObjects parsed;

	/**
	 * @param changelog the application's changelog, applied
	 * @param resources where it is read from
	 * @param format the format the changesets are written in
	 * @param allowDestructive whether changes that lose data are written too
	 * @param mapping which names Hibernate quotes, which keep their case in the changesets written on H2
	 */
	public ChangelogBehindModelCheck(String changelog, ResourceAccessor resources, ChangelogFormat format,
			boolean allowDestructive, MappingModel mapping, StageLog log) {
		this.changelog = changelog;
		this.resources = resources;
		this.format = format;
		this.allowDestructive = allowDestructive;
		this.mapping = mapping;
		this.log = log;
	}

	/**
	 * @param write writes a file name's text into {@code changelog.output-dir} and says where
	 */
	public Findings check(SchemaModel model, SchemaModel live, NextChangeSets.Output write) {
		return writeNext(model, live, write).findings();
	}

	/**
	 * Writes the changesets that close the gap (the destructive ones only when allowed) and says what was left out
	 * ({@link NextChangeSets}, the stage the plugin's {@code check} runs too).
	 *
	 * @param write writes a file name's text into {@code changelog.output-dir} and says where
	 */
	public NextChangeSets.Result writeNext(SchemaModel model, SchemaModel live, NextChangeSets.Output write) {
		// Parsed at most once, and only when asked: to tell what it created, and which logical paths it uses.
		EvolutionPlan plan = new EvolutionPlanner().plan(model, live,
				EvolutionPlanner.Origin.whenAsked(this::readChangelog));
		return new NextChangeSets(changelog, DatabaseKind.of(model.dialect()), mapping, format,
				allowDestructive, "for example include the file from the master changelog")
			.write(plan, (path) -> readChangelog().usesLogicalPath(path), write);
	}

	/**
	 * {@code generate} mode on top of the application's changelog, once it is applied: the changesets it lacks
	 * (destructive ones only when allowed) are written for review and applied by Liquibase, recorded under their own
	 * path. On a database whose catalog is not read, nothing is added.
	 *
	 * @return the findings about the changesets: those left out, and those written that may lock a table
	 */
	public Findings applyOnTop(SchemaModel model, NextChangeSets.Output write, LiquibaseTarget target) {
		try (Connection connection = target.dataSource().getConnection()) {
			if (!LiveSchemaReader.canRead(connection)) {
				log.info("Schema Bootstrap cannot read the catalog of "
						+ connection.getMetaData().getDatabaseProductName() + ", so it cannot tell what " + changelog
						+ " lacks for the entities; only that changelog was applied");
				return Findings.NONE;
			}
			SchemaModel live = new LiveSchemaReader().read(connection, model);
			NextChangeSets.Result next = writeNext(model, live, write);
			if (next.file() != null) {
				Database database = target.open(connection);
				target.liquibase(next.file().toUri().toString(), database)
					.update(new Contexts(), new LabelExpression());
				log.info("Schema Bootstrap applied " + next.written().summary() + " that " + changelog
						+ " lacks (changelog.mode=generate), written to " + next.file()
						+ ": review them and add them to your changelog");
			}
			return next.aboutChangesets();
		}
		catch (SQLException | LiquibaseException ex) {
			throw new IllegalStateException("Schema Bootstrap could not apply the changesets " + changelog
					+ " lacks: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A changelog that cannot be read here (parameters only Spring's Liquibase knows) has nothing dropped, and no
	 * logical path is known to be taken.
	 */
	private ChangelogObjects readChangelog() {
		if (parsed == null) {
			try {
				parsed = ChangelogObjects.read(changelog, resources);
			}
			catch (LiquibaseException | RuntimeException ex) {
				// Nothing is known to be the changelog's, so nothing is proposed for dropping.
				parsed = ChangelogObjects.none();
			}
		}
		return parsed;
	}

}
