package dev.schemabootstrap.changelog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateSequenceChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.ObjectQuotingStrategy;
import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.model.ShortHash;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Index;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.PrimaryKey;
import dev.schemabootstrap.model.Sequence;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.model.UniqueConstraint;
import dev.schemabootstrap.plan.CreationPlan;
import dev.schemabootstrap.plan.EvolutionPlan;

/**
 * Turns a {@link CreationPlan} into a Liquibase changelog made of Liquibase's own change classes: one changeset
 * per schema, per sequence and per table (the table with its keys and constraints), one per foreign key that
 * closes a cycle, one per table for its indexes and one per table for its check constraints ({@link CheckChanges}),
 * in the plan's order. Changeset ids name the object they create, so they stay stable as the model grows. For a database that lives only as long as the process, the same
 * changes can be cut into one changeset per stage instead ({@link ChangeSetGrouping}).
 */
public final class ChangelogWriter {

	/** The author of every generated changeset. */
	public static final String AUTHOR = "schema-bootstrap";

	/**
	 * The logical path of a changelog generated from the whole model, by the starter in {@code generate} mode and by
	 * the plugin's first {@code generate}: a database built by one sees the other's changesets as applied.
	 */
	public static final String GENERATED_LOGICAL_PATH = "schema-bootstrap/changelog";

	/** The length of Liquibase's {@code DATABASECHANGELOG.ID} column. */
	static final int MAX_ID_LENGTH = 255;

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
		DatabaseChangeLog changeLog = new DatabaseChangeLog(logicalFilePath);
		List<ChangeSet> changeSets = new ArrayList<>();
		stages(plan).forEach((stage, perObject) -> changeSets.addAll(
				StageChangeSets.merge(stage, perObject, (id, quoting) -> newChangeSet(changeLog, id, quoting, null))));
		return changeSets;
	}

	private List<ChangeSet> perObject(CreationPlan plan) {
		return stages(plan).values().stream().flatMap(List::stream).toList();
	}

	/**
	 * One changeset per object, by stage of the plan, in order: schemas, sequences, tables, cycle-closing keys,
	 * indexes, check constraints (inline in the tables on SQLite); each stage under the id of its changeset in {@link ChangeSetGrouping#PER_STAGE}.
	 */
	private Map<String, List<ChangeSet>> stages(CreationPlan plan) {
		DatabaseChangeLog changeLog = new DatabaseChangeLog(logicalFilePath);
		List<ChangeSet> schemas = new ArrayList<>();
		for (String schema : database.supportsSchemas() ? plan.schemas() : List.<String>of()) {
			schemas.addAll(changeSets(changeLog, "schema-" + schema,
					(names) -> List.of(new RawSQLChange(createSchema(schema)))));
		}
		List<ChangeSet> sequences = new ArrayList<>();
		for (Sequence sequence : plan.sequences()) {
			sequences.addAll(changeSets(changeLog, "sequence-" + sequence.name(),
					(names) -> List.of(createSequence(sequence))));
		}
		List<ChangeSet> tables = new ArrayList<>();
		for (Table table : plan.tables()) {
			tables.addAll(changeSets(changeLog, "table-" + table.name(), (names) -> tableChanges(table, plan, names)));
		}
		List<ChangeSet> cycleKeys = new ArrayList<>();
		for (ForeignKey foreignKey : deferred(plan)) {
			cycleKeys.addAll(changeSets(changeLog, "foreign-key-" + foreignKey.table() + "-" + foreignKey.name(),
					(names) -> List.of(addForeignKey(foreignKey, names))));
		}
		List<ChangeSet> indexes = new ArrayList<>();
		for (Table table : plan.tables()) {
			if (!table.indexes().isEmpty()) {
				indexes.addAll(changeSets(changeLog, "indexes-" + table.name(), (names) -> byName(table.indexes(),
						Index::name).stream().map((index) -> createIndex(table.name(), index, names)).toList()));
			}
		}
		// Checks in changesets of their own: a table's changeset that an earlier version wrote stays the same.
		List<ChangeSet> checks = new ArrayList<>();
		for (Table table : database.supportsAlterTableConstraints() ? plan.tables() : List.<Table>of()) {
			if (!table.checks().isEmpty()) {
				checks.addAll(changeSets(changeLog, "checks-" + table.name(), (names) -> table.checks()
					.stream()
					.map((check) -> CheckChanges.add(table.name(), check, names))
					.toList()));
			}
		}
		Map<String, List<ChangeSet>> stages = new LinkedHashMap<>();
		stages.put("schemas", schemas);
		stages.put("sequences", sequences);
		stages.put("tables", tables);
		stages.put("foreign-keys-closing-cycles", cycleKeys);
		stages.put("indexes", indexes);
		stages.put("checks", checks);
		return stages;
	}

	/**
	 * The changesets that bring a database to the model: new tables as in a first changelog, then one changeset per
	 * added column, foreign key, unique constraint and index, each named after what it adds, the column changes, and
	 * one per check constraint added or replaced.
	 */
	public List<ChangeSet> changeSets(EvolutionPlan evolution) {
		DatabaseChangeLog changeLog = new DatabaseChangeLog(logicalFilePath);
		// New tables in a database that keeps its data: one changeset per object, whatever this writer's grouping.
		List<ChangeSet> changeSets = new ArrayList<>(perObject(evolution.newTables()));
		for (EvolutionPlan.ColumnAddition addition : evolution.newColumns()) {
			changeSets.addAll(changeSets(changeLog, "column-" + addition.table() + "." + addition.column().name(),
					(names) -> List.of(addColumn(addition, names))));
		}
		for (ForeignKey foreignKey : evolution.newForeignKeys()) {
			changeSets.addAll(changeSets(changeLog, "foreign-key-" + foreignKey.table() + "-" + foreignKey.name(),
					(names) -> List.of(addForeignKey(foreignKey, names))));
		}
		for (EvolutionPlan.UniqueAddition addition : evolution.newUniqueConstraints()) {
			changeSets.addAll(changeSets(changeLog, "unique-" + addition.table() + "-" + addition.unique().name(),
					(names) -> List.of(addUnique(addition.table(), addition.unique(), names))));
		}
		for (EvolutionPlan.IndexAddition addition : evolution.newIndexes()) {
			changeSets.addAll(changeSets(changeLog, "index-" + addition.table() + "-" + addition.index().name(),
					(names) -> List.of(createIndex(addition.table(), addition.index(), names))));
		}
		for (EvolutionPlan.ColumnChange change : evolution.columnChanges()) {
			changeSets.addAll(
					ColumnChanges.changeSet(change, database, (id, changes) -> changeSets(changeLog, id, changes)));
		}
		// After the column changes: a check may name a column just added or widened.
		for (EvolutionPlan.CheckChange change : evolution.checkChanges()) {
			// The id ends in a hash of the condition: the same check replaced again later gets a changeset of its own.
			changeSets.addAll(changeSets(changeLog,
					"check-" + change.table() + "-" + change.check().name() + "-" + CheckChanges.hash(change.check()),
					(names) -> checkChanges(change, names)));
		}
		changeSets.addAll(ColumnChanges.destructive(evolution.destructiveChanges(), database,
				(id, changes) -> changeSets(changeLog, id, changes)));
		return changeSets;
	}

	/**
	 * The changesets of one destructive change, the foreign keys it needs gone first included: what a user adds by
	 * hand when destructive changes are not generated.
	 */
	public String write(EvolutionPlan.DestructiveChange change, ChangelogFormat format) {
		DatabaseChangeLog changeLog = new DatabaseChangeLog(logicalFilePath);
		// Changesets to paste into a changelog of the user's: no logical path of their own.
		return serialized(ColumnChanges.destructive(List.of(change), database,
				(id, changes) -> changeSets(changeLog, id, changes)), format);
	}

	public String write(CreationPlan plan, ChangelogFormat format) {
		return serialize(changeSets(plan), format);
	}

	public String write(EvolutionPlan evolution, ChangelogFormat format) {
		return serialize(changeSets(evolution), format);
	}

	private String serialize(List<ChangeSet> changeSets, ChangelogFormat format) {
		return withLogicalFilePath(serialized(changeSets, format), format);
	}

	private static String serialized(List<ChangeSet> changeSets, ChangelogFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			format.serializer().write(changeSets, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Liquibase's serializers leave the changelog's logical path out; both parsers read it back. */
	private String withLogicalFilePath(String changelog, ChangelogFormat format) {
		if (format == ChangelogFormat.YAML) {
			return changelog.replaceFirst("databaseChangeLog:\\n",
					"databaseChangeLog:\n- logicalFilePath: " + logicalFilePath + "\n");
		}
		return changelog.replaceFirst("<databaseChangeLog ", "<databaseChangeLog logicalFilePath=\"" + logicalFilePath + "\" ");
	}

	/** On MySQL and MariaDB a schema is a database: it gets the full Unicode character set, as its tables do. */
	private String createSchema(String schema) {
		return "CREATE SCHEMA IF NOT EXISTS " + schema
				+ (database.isSchemaCatalog() ? " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" : "");
	}

	private List<ForeignKey> deferred(CreationPlan plan) {
		return database.supportsAlterTableConstraints() ? plan.deferredForeignKeys() : List.of();
	}

	/**
	 * A changeset of the changes built with its names; built again quoting all names when it names something
	 * Hibernate quotes (see {@link ChangeSetNames}). Such a changeset spells the names Hibernate leaves unquoted as
	 * the changelog's database stores them, which is wrong on a database that folds names the other way (a changelog
	 * for PostgreSQL in H2 tests): in a changelog of one changeset per object it is then limited to the databases
	 * that spell names alike ({@code dbms}, which leaves its checksum as it was), and followed by one changeset per
	 * other spelling for the other databases, its id ending in the spelling ({@code table-order-names-upper-case}):
	 * see {@link NameSpellings}.
	 */
	private List<ChangeSet> changeSets(DatabaseChangeLog changeLog, String id,
			Function<ChangeSetNames, List<? extends Change>> build) {
		ChangeSetNames names = ChangeSetNames.asWritten(database, mapping);
		List<? extends Change> changes = build.apply(names);
		if (!names.quotedNameUsed()) {
			return List.of(filled(newChangeSet(changeLog, id, ObjectQuotingStrategy.LEGACY, null), changes));
		}
		if (grouping == ChangeSetGrouping.PER_STAGE) {
			// Only for a database that lives as long as the process: never applied anywhere else.
			return List.of(filled(newChangeSet(changeLog, id, ObjectQuotingStrategy.QUOTE_ALL_OBJECTS, null),
					build.apply(names.quotingAll())));
		}
		List<ChangeSet> changeSets = new ArrayList<>();
		for (NameSpellings.Spelling spelling : NameSpellings.of(names, build)) {
			changeSets.add(filled(newChangeSet(changeLog, changeSets.isEmpty() ? id : id + "-" + spelling.idSuffix(),
					ObjectQuotingStrategy.QUOTE_ALL_OBJECTS, spelling.dbms()), spelling.changes()));
		}
		return changeSets;
	}

	private static ChangeSet filled(ChangeSet changeSet, List<? extends Change> changes) {
		changes.forEach(changeSet::addChange);
		return changeSet;
	}

	/**
	 * @param quoting how the changeset quotes names; {@code LEGACY} (Liquibase's default) is left unwritten
	 * @param dbms the databases it runs on, or {@code null} for all
	 */
	private ChangeSet newChangeSet(DatabaseChangeLog changeLog, String id, ObjectQuotingStrategy quoting,
			@Nullable String dbms) {
		if (quoting == ObjectQuotingStrategy.LEGACY) {
			return new ChangeSet(fitId(id + idSuffix), AUTHOR, false, false, logicalFilePath, null, dbms, changeLog);
		}
		return new ChangeSet(fitId(id + idSuffix), AUTHOR, false, false, logicalFilePath, null, dbms, quoting,
				changeLog);
	}

	/**
	 * Liquibase records a changeset's id in a {@code varchar(255)} column; a longer id (a table name near H2's 256
	 * characters) keeps its start and ends in a hash of the whole id, so that it stays unique and stable.
	 */
	static String fitId(String id) {
		if (id.length() <= MAX_ID_LENGTH) {
			return id;
		}
		String hash = ShortHash.of(id, 8);
		return id.substring(0, MAX_ID_LENGTH - hash.length() - 1) + "-" + hash;
	}

	private List<Change> tableChanges(Table table, CreationPlan plan, ChangeSetNames names) {
		List<Change> changes = new ArrayList<>();
		CreateTableChange createTable = new CreateTableChange();
		createTable.setSchemaName(names.schema(table.name()));
		createTable.setTableName(names.table(table.name()));
		for (Column column : table.columns()) {
			createTable.addColumn(column(table, column, plan, names));
		}
		if (database.supportsAlterTableConstraints()) {
			changes.add(createTable);
			// Keys over several columns to tables created earlier; the deferred ones come after all tables.
			byName(table.foreignKeys(), ForeignKey::name).stream()
				.filter((foreignKey) -> !isInline(foreignKey, plan) && !plan.isDeferred(foreignKey))
				.forEach((foreignKey) -> changes.add(addForeignKey(foreignKey, names)));
		}
		else {
			changes.add(SqliteTables.createTable(createTable, byName(table.foreignKeys(), ForeignKey::name),
					table.checks(), names));
		}
		for (UniqueConstraint unique : byName(table.uniqueConstraints(), UniqueConstraint::name)) {
			if (unique.columns().size() > 1) {
				// SQLite cannot add a constraint to a table; a unique index enforces the same.
				changes.add(database.supportsAlterTableConstraints() ? addUnique(table.name(), unique, names)
						: createIndex(table.name(), new Index(unique.name(), unique.columns(), true), names));
			}
		}
		table.initStatements().forEach((sql) -> changes.add(new RawSQLChange(sql)));
		return changes;
	}

	/** A check added, or replaced (dropped and added again) when its condition changed: no row is touched. */
	private static List<Change> checkChanges(EvolutionPlan.CheckChange change, ChangeSetNames names) {
		List<Change> changes = new ArrayList<>();
		if (change.previous() != null) {
			changes.add(CheckChanges.drop(change.table(), change.previous(), names));
		}
		changes.add(CheckChanges.add(change.table(), change.check(), names));
		return changes;
	}

	private static <T> List<T> byName(List<T> items, Function<T, String> name) {
		return items.stream().sorted(Comparator.comparing(name)).toList();
	}

	private ColumnConfig column(Table table, Column column, CreationPlan plan, ChangeSetNames names) {
		ColumnConfig config = new ColumnConfig();
		config.setName(names.column(table.name(), column.name()));
		// SQLite generates keys only for a column declared exactly INTEGER PRIMARY KEY.
		config.setType(column.identity() && database == DatabaseKind.SQLITE ? "INTEGER"
				: LiquibaseTypes.of(column.sqlType()));
		if (column.identity()) {
			config.setAutoIncrement(true);
		}
		if (column.defaultValue() != null) {
			config.setDefaultValueComputed(new liquibase.statement.DatabaseFunction(column.defaultValue()));
		}
		ConstraintsConfig constraints = new ConstraintsConfig();
		boolean constrained = false;
		PrimaryKey primaryKey = table.primaryKey();
		if (primaryKey != null && primaryKey.columns().contains(column.name())) {
			constraints.setPrimaryKey(true).setPrimaryKeyName(names.constraint(primaryKey.name()));
			constrained = true;
		}
		if (!column.nullable()) {
			constraints.setNullable(false);
			constrained = true;
		}
		for (UniqueConstraint unique : table.uniqueConstraints()) {
			if (unique.columns().equals(List.of(column.name()))) {
				constraints.setUnique(true).setUniqueConstraintName(names.constraint(unique.name()));
				constrained = true;
			}
		}
		for (ForeignKey foreignKey : table.foreignKeys()) {
			if (foreignKey.columns().equals(List.of(column.name())) && isInline(foreignKey, plan)) {
				constraints.setForeignKeyName(names.constraint(foreignKey.name()));
				constraints.setReferencedTableSchemaName(names.schema(foreignKey.referencedTable()));
				constraints.setReferencedTableName(names.table(foreignKey.referencedTable()));
				constraints.setReferencedColumnNames(
						names.column(foreignKey.referencedTable(), foreignKey.referencedColumns().get(0)));
				if (foreignKey.deleteCascade()) {
					constraints.setDeleteCascade(true);
				}
				constrained = true;
			}
		}
		if (constrained) {
			config.setConstraints(constraints);
		}
		return config;
	}

	/**
	 * A single-column key to a table created earlier goes inline in createTable, which every database accepts; on
	 * SQLite every single-column key does.
	 */
	private boolean isInline(ForeignKey foreignKey, CreationPlan plan) {
		if (foreignKey.columns().size() != 1) {
			return false;
		}
		return !database.supportsAlterTableConstraints()
				|| (!foreignKey.isSelfReference() && !plan.isDeferred(foreignKey));
	}

	private static AddForeignKeyConstraintChange addForeignKey(ForeignKey foreignKey, ChangeSetNames names) {
		AddForeignKeyConstraintChange change = new AddForeignKeyConstraintChange();
		change.setConstraintName(names.constraint(foreignKey.name()));
		change.setBaseTableSchemaName(names.schema(foreignKey.table()));
		change.setBaseTableName(names.table(foreignKey.table()));
		change.setBaseColumnNames(names.columns(foreignKey.table(), foreignKey.columns()));
		change.setReferencedTableSchemaName(names.schema(foreignKey.referencedTable()));
		change.setReferencedTableName(names.table(foreignKey.referencedTable()));
		change.setReferencedColumnNames(names.columns(foreignKey.referencedTable(), foreignKey.referencedColumns()));
		if (foreignKey.deleteCascade()) {
			change.setOnDelete("CASCADE");
		}
		return change;
	}

	private static AddUniqueConstraintChange addUnique(TableName table, UniqueConstraint unique,
			ChangeSetNames names) {
		AddUniqueConstraintChange change = new AddUniqueConstraintChange();
		change.setConstraintName(names.constraint(unique.name()));
		change.setSchemaName(names.schema(table));
		change.setTableName(names.table(table));
		change.setColumnNames(names.columns(table, unique.columns()));
		return change;
	}

	private static CreateSequenceChange createSequence(Sequence sequence) {
		CreateSequenceChange change = new CreateSequenceChange();
		change.setSchemaName(sequence.name().schema());
		change.setSequenceName(sequence.name().name());
		change.setStartValue(BigInteger.valueOf(sequence.startValue()));
		change.setIncrementBy(BigInteger.valueOf(sequence.incrementBy()));
		return change;
	}

	private static CreateIndexChange createIndex(TableName table, Index index, ChangeSetNames names) {
		CreateIndexChange change = new CreateIndexChange();
		change.setSchemaName(names.schema(table));
		change.setTableName(names.table(table));
		change.setIndexName(names.constraint(index.name()));
		if (index.unique()) {
			change.setUnique(true);
		}
		for (String columnName : index.columns()) {
			AddColumnConfig column = new AddColumnConfig();
			column.setName(names.column(table, columnName));
			change.addColumn(column);
		}
		return change;
	}

	private static AddColumnChange addColumn(EvolutionPlan.ColumnAddition addition, ChangeSetNames names) {
		AddColumnChange change = new AddColumnChange();
		change.setSchemaName(names.schema(addition.table()));
		change.setTableName(names.table(addition.table()));
		AddColumnConfig column = new AddColumnConfig();
		column.setName(names.column(addition.table(), addition.column().name()));
		column.setType(LiquibaseTypes.of(addition.column().sqlType()));
		if (addition.column().defaultValue() != null) {
			// The database fills the table's existing rows with it, so that NOT NULL holds for them too.
			column.setDefaultValueComputed(new liquibase.statement.DatabaseFunction(addition.column().defaultValue()));
		}
		if (!addition.column().nullable()) {
			column.setConstraints(new ConstraintsConfig().setNullable(false));
		}
		change.addColumn(column);
		return change;
	}

}
