package dev.schemabootstrap.changelog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import liquibase.changelog.ChangeSet;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.plan.CreationPlan;
import dev.schemabootstrap.plan.EvolutionPlan;

/**
 * Turns a {@link CreationPlan} into a Liquibase changelog made of Liquibase's own change classes: one changeset
 * per schema, per sequence and per table (the table with its keys and constraints), one per foreign key that
 * closes a cycle, one per table for its indexes and one per table for its check constraints, in the plan's order
 * ({@link CreationChangeSets}). Changeset ids name the object they create, so they stay stable as the model grows.
 * For a database that lives only as long as the process, the same changes can be cut into one changeset per stage
 * instead ({@link ChangeSetGrouping}). An {@link EvolutionPlan} becomes the changesets that bring a database to the
 * model ({@link EvolutionChangeSets}). Each changeset is made by a {@link ChangeSetFactory}, which gives it its id,
 * author, logical path and quoting.
 */
public final class ChangelogWriter {

	/** The author of every generated changeset. */
	public static final String AUTHOR = "schema-bootstrap";

	/**
	 * The logical path of a changelog generated from the whole model, by the starter in {@code generate} mode and by
	 * the plugin's first {@code generate}: a database built by one sees the other's changesets as applied.
	 */
	public static final String GENERATED_LOGICAL_PATH = "schema-bootstrap/changelog";

	private final String logicalFilePath;

	private final DatabaseKind database;

	private final MappingModel mapping;

	private final ChangeSetGrouping grouping;

	/** Appended to every changeset id: one file of evolution changesets never shares an id with another. */
	private final String idSuffix;

	/**
	 * A writer for the databases that can add constraints to existing tables (all but SQLite).
	 * @param logicalFilePath the path Liquibase records for these changesets, independent of where the file
	 * lives, so that the history stays valid when the file moves
	 */
	public ChangelogWriter(String logicalFilePath) {
		this(logicalFilePath, DatabaseKind.OTHER);
	}

	/**
	 * @param logicalFilePath the path Liquibase records for these changesets
	 * @param database the database the changelog is for: on SQLite, which cannot alter constraints, every
	 * foreign key goes inline in createTable (SQLite accepts references to tables created later)
	 */
	public ChangelogWriter(String logicalFilePath, DatabaseKind database) {
		this(logicalFilePath, database, MappingModel.EMPTY);
	}

	/**
	 * @param logicalFilePath the path Liquibase records for these changesets
	 * @param database the database the changelog is for
	 * @param mapping which names Hibernate quotes: the changelog quotes them too (see {@link ChangeSetNames})
	 */
	public ChangelogWriter(String logicalFilePath, DatabaseKind database, MappingModel mapping) {
		this(logicalFilePath, database, mapping, ChangeSetGrouping.PER_OBJECT, "");
	}

	private ChangelogWriter(String logicalFilePath, DatabaseKind database, MappingModel mapping,
			ChangeSetGrouping grouping, String idSuffix) {
		this.logicalFilePath = logicalFilePath;
		this.database = database;
		this.mapping = mapping;
		this.grouping = grouping;
		this.idSuffix = idSuffix;
	}

	/**
	 * This writer for a file of its own: its changesets are recorded under another logical path, and every id ends
	 * in {@code idSuffix} ({@code table-books} becomes {@code table-books-0003}), so that they stay unique even
	 * when copied into one file with the changesets of another such file.
	 */
	public ChangelogWriter identifiedBy(String logicalFilePath, String idSuffix) {
		return new ChangelogWriter(logicalFilePath, this.database, this.mapping, this.grouping, idSuffix);
	}

	/** The path Liquibase records for these changesets. */
	public String logicalFilePath() {
		return logicalFilePath;
	}

	/**
	 * This writer, cutting changelogs of the whole model as the grouping says ({@link ChangeSetGrouping#PER_OBJECT}
	 * unless told): changesets that bring an existing database to the model are always one per object.
	 */
	public ChangelogWriter grouped(ChangeSetGrouping grouping) {
		return new ChangelogWriter(this.logicalFilePath, this.database, this.mapping, grouping, this.idSuffix);
	}

	/** The changesets that create the model from nothing, cut as this writer's {@link ChangeSetGrouping} says. */
	public List<ChangeSet> changeSets(CreationPlan plan) {
		if (grouping == ChangeSetGrouping.PER_OBJECT) {
			return perObject(plan);
		}
		ChangeSetFactory merged = changeSetFactory();
		List<ChangeSet> changeSets = new ArrayList<>();
		stages(plan).forEach((stage, perObject) -> changeSets.addAll(
				StageChangeSets.merge(stage, perObject, (id, quoting) -> merged.newChangeSet(id, quoting, null))));
		return changeSets;
	}

	private List<ChangeSet> perObject(CreationPlan plan) {
		return stages(plan).values().stream().flatMap(List::stream).toList();
	}

	private Map<String, List<ChangeSet>> stages(CreationPlan plan) {
		return CreationChangeSets.byStage(plan, database, changeSetFactory());
	}

	/**
	 * The changesets that bring a database to the model: new tables as in a first changelog, then one changeset per
	 * added column, foreign key, unique constraint and index, each named after what it adds, the column changes, and
	 * one per check constraint added or replaced.
	 */
	public List<ChangeSet> changeSets(EvolutionPlan evolution) {
		// New tables in a database that keeps its data: one changeset per object, whatever this writer's grouping.
		List<ChangeSet> changeSets = new ArrayList<>(perObject(evolution.newTables()));
		changeSets.addAll(EvolutionChangeSets.of(evolution, database, changeSetFactory()));
		return changeSets;
	}

	/**
	 * The changesets of one destructive change, the foreign keys it needs gone first included: what a user adds by
	 * hand when destructive changes are not generated.
	 */
	public String write(EvolutionPlan.DestructiveChange change, ChangelogFormat format) {
		// Changesets to paste into a changelog of the user's: no logical path of their own.
		return format.serialize(ColumnChanges.destructive(List.of(change), database, changeSetFactory()::changeSets));
	}

	public String write(CreationPlan plan, ChangelogFormat format) {
		return format.serialize(changeSets(plan), logicalFilePath);
	}

	public String write(EvolutionPlan evolution, ChangelogFormat format) {
		return format.serialize(changeSets(evolution), logicalFilePath);
	}

	/** Makes the changesets of one list this writer returns, all in one Liquibase changelog object. */
	private ChangeSetFactory changeSetFactory() {
		return new ChangeSetFactory(logicalFilePath, database, mapping, grouping, idSuffix);
	}

}
