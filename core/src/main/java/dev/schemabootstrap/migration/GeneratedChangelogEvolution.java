package dev.schemabootstrap.migration;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.snapshot.SnapshotGeneratorFactory;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.plan.EvolutionPlanner;
import dev.schemabootstrap.stage.ChangelogBehindModel;
import dev.schemabootstrap.stage.NextChangeSets;

/**
 * {@code generate} mode on a database that keeps its data and was built by the generated changelog, when the
 * entities have changed since ({@link GeneratedChangelogHistory}): the regenerated changelog cannot run there, since
 * Liquibase refuses changesets recorded with other contents. So Liquibase is not given it: the live schema is
 * compared with the model, and what the database lacks (new tables, columns, indexes, keys, wider types) is written
 * as new changesets under a logical path of their own, {@code schema-bootstrap/evolution-0001}, then {@code -0002}
 * and so on, so that every run's changesets stay recorded as they were applied. Liquibase applies that file and
 * records it, as {@code ddl-auto=update} would change the schema but never destructively: a dropped table or column
 * or a narrowed type is a {@code changelog-behind-model} finding unless {@code changelog.allow-destructive=true}.
 * Only tables the generated changesets created (read from the history) are ever proposed for dropping.
 */
public final class GeneratedChangelogEvolution {

	public static final String LOGICAL_PATH_PREFIX = "schema-bootstrap/evolution-";

	public static final String FILE_NAME = "db.changelog-schema-bootstrap-evolution";

	/** How Liquibase describes a {@code createTable} change in {@code DATABASECHANGELOG.DESCRIPTION}. */
	private static final Pattern CREATED_TABLE = Pattern.compile("createTable tableName=\"?([^\\s,;\"]+)");

	private static final Pattern EVOLUTION_NUMBER = Pattern.compile(Pattern.quote(LOGICAL_PATH_PREFIX) + "(\\d+)");

	private final LiquibaseTarget target;

	private final ChangelogFormat format;

	private final boolean allowDestructive;

	/**
	 * @param format the format the changesets are written in
	 * @param allowDestructive whether changes that lose data are written too
	 */
	public GeneratedChangelogEvolution(LiquibaseTarget target, ChangelogFormat format, boolean allowDestructive) {
		this.target = target;
		this.format = format;
		this.allowDestructive = allowDestructive;
	}

	/**
	 * Writes the changesets that bring the database to the model (the destructive ones only when allowed).
	 *
	 * @param mapping which names Hibernate quotes
	 * @param write writes a file name's text into {@code changelog.output-dir} and says where
	 * @return what to apply, or {@code null} when the database's catalog cannot be read
	 */
	public @Nullable Evolution write(SchemaModel model, MappingModel mapping, NextChangeSets.Output write) {
		try (Connection connection = target.dataSource().getConnection()) {
			if (!LiveSchemaReader.canRead(connection)) {
				return null;
			}
			SchemaModel live = new LiveSchemaReader().read(connection, model);
			List<RanChangeSet> history = history(connection);
			EvolutionPlan plan = new EvolutionPlanner().plan(model, live, createdByGeneratedChangesets(history));
			EvolutionPlan written = allowDestructive ? plan : plan.withoutDestructiveChanges();
			String logicalPath = LOGICAL_PATH_PREFIX + String.format(Locale.ROOT, "%04d", nextNumber(history));
			ChangelogWriter writer = new ChangelogWriter(logicalPath, DatabaseKind.of(model.dialect()), mapping);
			Path file = written.isEmpty() ? null
					: write.write(FILE_NAME + "." + format.extension(), writer.write(written, format));
			Findings notAllowed = allowDestructive ? Findings.NONE
					: ChangelogBehindModel.destructive(plan.destructiveChanges(), (change) -> writer.write(change, format));
			return new Evolution(written, file, logicalPath, notAllowed);
		}
		catch (SQLException | LiquibaseException ex) {
			throw new IllegalStateException("Schema Bootstrap could not compare the database with the entities: "
					+ ex.getMessage(), ex);
		}
	}

	private List<RanChangeSet> history(Connection connection) throws LiquibaseException {
		Database database = target.open(connection);
		return SnapshotGeneratorFactory.getInstance().hasDatabaseChangeLogTable(database)
				? database.getRanChangeSetList() : List.of();
	}

	/** One past the highest evolution recorded, so that no two runs share a logical path. */
	private static int nextNumber(List<RanChangeSet> history) {
		int highest = 0;
		for (RanChangeSet ran : history) {
			Matcher number = EVOLUTION_NUMBER.matcher(String.valueOf(ran.getChangeLog()));
			if (number.matches()) {
				highest = Math.max(highest, Integer.parseInt(number.group(1)));
			}
		}
		return highest + 1;
	}

	/**
	 * The tables that changesets Schema Bootstrap generated created, with all their columns: the previous generated
	 * changelog is gone (it was rebuilt from the current entities), but its {@code createTable} changes are recorded.
	 * A table made by hand beside them is never proposed for dropping.
	 */
	private static EvolutionPlanner.Origin createdByGeneratedChangesets(List<RanChangeSet> history) {
		Set<String> tables = new HashSet<>();
		for (RanChangeSet ran : history) {
			if (ChangelogWriter.AUTHOR.equals(ran.getAuthor()) && ran.getDescription() != null
					&& String.valueOf(ran.getChangeLog()).startsWith("schema-bootstrap/")) {
				Matcher created = CREATED_TABLE.matcher(ran.getDescription());
				while (created.find()) {
					tables.add(created.group(1).toLowerCase(Locale.ROOT));
				}
			}
		}
		return new EvolutionPlanner.Origin() {

			@Override
			public boolean createdTable(TableName table) {
				return tables.contains(table.name().toLowerCase(Locale.ROOT));
			}

			@Override
			public boolean createdColumn(TableName table, String column) {
				return createdTable(table);
			}

		};
	}

	/**
	 * @param written the changes written
	 * @param file where, or {@code null} when the database already matches the model
	 * @param logicalPath the path Liquibase records them under
	 * @param notAllowed one finding per destructive change left out because it is not allowed
	 */
	public record Evolution(EvolutionPlan written, @Nullable Path file, String logicalPath, Findings notAllowed) {

	}

}
