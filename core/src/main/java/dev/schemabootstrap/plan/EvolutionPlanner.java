package dev.schemabootstrap.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.database.ColumnType;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.drift.SchemaComparison;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Index;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Sequence;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.model.UniqueConstraint;
import dev.schemabootstrap.plan.EvolutionPlan.ColumnChange;
import dev.schemabootstrap.plan.EvolutionPlan.ColumnChangeKind;
import dev.schemabootstrap.plan.EvolutionPlan.DestructiveChange;
import dev.schemabootstrap.plan.EvolutionPlan.DestructiveKind;

/**
 * Works out what the schema a changelog built lacks to match the model, matching names and keys the way
 * {@link DriftDetector} does (case-insensitive names, keys and indexes by their columns): additions, changes to
 * columns that lose no data (a wider type, NOT NULL dropped or added), and, apart, the destructive changes (a table
 * or column the model no longer has, a narrower type). Only tables and columns the changelog itself created are
 * ever proposed for dropping ({@link Origin}); foreign keys, unique constraints and indexes the model lacks are
 * left alone (they hold no data, are often added by hand on purpose, and stay {@code schema-drift} warnings). Check
 * constraints the table lacks are added, and one whose condition changed is dropped and added again. On SQLite,
 * which cannot alter a column or a constraint, no column or check change is planned.
 */
public final class EvolutionPlanner {

	/** Which tables and columns of the schema read back were created by the changelog. */
	public interface Origin {

		/** Everything read back: the schema of a scratch database that only the changelog built. */
		Origin EVERYTHING = new Origin() {

			@Override
			public boolean createdTable(TableName table) {
				return true;
			}

			@Override
			public boolean createdColumn(TableName table, String column) {
				return true;
			}

		};

		boolean createdTable(TableName table);

		boolean createdColumn(TableName table, String column);

		/**
		 * An origin learnt only when first asked, which is only when the database holds a table or column the model
		 * lacks: reading a changelog's changesets costs a parse (seconds at 1,000 entities) that most runs never need.
		 */
		static Origin whenAsked(Supplier<? extends Origin> origin) {
			return new Origin() {

				private @Nullable Origin known;

				private synchronized Origin known() {
					if (known == null) {
						known = origin.get();
					}
					return known;
				}

				@Override
				public boolean createdTable(TableName table) {
					return known().createdTable(table);
				}

				@Override
				public boolean createdColumn(TableName table, String column) {
					return known().createdColumn(table, column);
				}

			};
		}

	}

	/**
	 * The type a changelog declares for a column, or {@code null} when it declares none (a column made by SQL); and
	 * the names of its foreign keys as it writes them.
	 */
	public interface DeclaredTypes {

		@Nullable String type(TableName table, String column);

		/**
		 * A foreign key's name as the changelog declares it, for a name read back from a database that changed its
		 * case (the scratch H2 upper-cases {@code FKcx90n1...}, which PostgreSQL keeps as written); the name given
		 * when the changelog declares none like it.
		 */
		default String foreignKeyName(String readBack) {
			return readBack;
		}

	}

	private final boolean compareTypes;

	/** The database the changelog is for, when the schema read back is another's (an embedded scratch database). */
	private final @Nullable DatabaseKind changelogKind;

	private final @Nullable DeclaredTypes declaredTypes;

	public EvolutionPlanner() {
		this(true, null, null);
	}

	private EvolutionPlanner(boolean compareTypes, @Nullable DatabaseKind changelogKind,
			@Nullable DeclaredTypes declaredTypes) {
		this.compareTypes = compareTypes;
		this.changelogKind = changelogKind;
		this.declaredTypes = declaredTypes;
	}

	/**
	 * A planner that leaves column types alone: for a schema read back from a database of another kind than the
	 * changelog was written for (an embedded scratch database), where the same type is spelled differently.
	 */
	public static EvolutionPlanner ignoringTypes() {
		return new EvolutionPlanner(false, null, null);
	}

	/**
	 * A planner for a schema read back from an embedded scratch database that a changelog written for another
	 * database was applied to: it decides what can change as on that database (on SQLite no column changes), and
	 * compares column types with the types the changelog declares, in that database's words, so that the build
	 * finds every type change startup finds on the real database.
	 *
	 * @param changelogKind the database the changelog is written for
	 * @param declaredTypes the types its changesets declare
	 */
	public static EvolutionPlanner declaredTypes(DatabaseKind changelogKind, DeclaredTypes declaredTypes) {
		return new EvolutionPlanner(true, changelogKind, declaredTypes);
	}

	public EvolutionPlan plan(SchemaModel expected, SchemaModel live) {
		return plan(expected, live, Origin.EVERYTHING);
	}

	/**
	 * @param expected the model
	 * @param read the schema the changelog built, read by {@code LiveSchemaReader}
	 * @param origin what of {@code read} the changelog created: nothing else is ever dropped
	 */
	public EvolutionPlan plan(SchemaModel expected, SchemaModel read, Origin origin) {
		// A changelog written for another database (PostgreSQL's, in H2 tests) spells some columns its own way.
		SchemaModel live = SchemaComparison.asModelled(expected, read);
		DatabaseKind kind = DatabaseKind.fromProductName(live.dialect());
		Map<String, Table> liveTables = live.tables()
			.stream()
			.collect(Collectors.toMap((table) -> SchemaComparison.key(table.name()), (table) -> table, (a, b) -> a));
		Set<String> wantedTables = expected.tables()
			.stream()
			.map((table) -> SchemaComparison.key(table.name()))
			.collect(Collectors.toSet());
		List<Table> newTables = new ArrayList<>();
		List<EvolutionPlan.ColumnAddition> columns = new ArrayList<>();
		List<ForeignKey> foreignKeys = new ArrayList<>();
		List<EvolutionPlan.UniqueAddition> uniques = new ArrayList<>();
		List<EvolutionPlan.IndexAddition> indexes = new ArrayList<>();
		List<ColumnChange> changes = new ArrayList<>();
		List<DestructiveChange> destructive = new ArrayList<>();
		List<EvolutionPlan.CheckChange> checks = new ArrayList<>();
		for (Table table : expected.tables()) {
			Table found = liveTables.get(SchemaComparison.key(table.name()));
			if (found == null) {
				newTables.add(table);
				continue;
			}
			for (Column column : table.columns()) {
				Column previous = found.column(column.name()).orElse(null);
				if (previous == null) {
					addColumn(table, column, changelogKind(kind), columns, changes);
				}
				else if (changelogKind(kind) != DatabaseKind.SQLITE) {
					compare(table, found.name(), column, previous, changelogKind(kind), changes, destructive);
				}
			}
			for (Column column : found.columns()) {
				if (table.column(column.name()).isEmpty() && origin.createdColumn(found.name(), column.name())) {
					destructive.add(new DestructiveChange(DestructiveKind.DROP_COLUMN, table.name(),
							normal(column, kind), null, foreignKeysOn(live, found, column.name(), kind)));
				}
			}
			Set<String> liveKeys = SchemaComparison.foreignKeys(found).keySet();
			SchemaComparison.foreignKeys(table).forEach((key, foreignKey) -> {
				if (!liveKeys.contains(key)) {
					foreignKeys.add(foreignKey);
				}
			});
			Set<String> liveUniques = SchemaComparison.uniques(found).keySet();
			for (UniqueConstraint unique : table.uniqueConstraints()) {
				if (!liveUniques.contains(SchemaComparison.uniqueKey(unique.columns()))) {
					uniques.add(new EvolutionPlan.UniqueAddition(table.name(), unique));
				}
			}
			if (kind != DatabaseKind.SQLITE) {
				checks.addAll(checkChanges(table, found));
			}
			Set<String> liveIndexes = SchemaComparison.indexes(found).keySet();
			for (Index index : table.indexes()) {
				if (!index.unique() && !liveIndexes.contains(SchemaComparison.columnList(index.columns()))) {
					indexes.add(new EvolutionPlan.IndexAddition(table.name(), index));
				}
			}
		}
		live.tables()
			.stream()
			.filter((table) -> !wantedTables.contains(SchemaComparison.key(table.name())))
			.filter((table) -> origin.createdTable(table.name()))
			.forEach((table) -> destructive.add(new DestructiveChange(DestructiveKind.DROP_TABLE,
					normal(table.name(), kind), null, null, foreignKeysInto(live, table, kind))));
		Set<String> liveSequences = SchemaComparison.sequenceKeys(live);
		List<Sequence> newSequences = expected.sequences()
			.stream()
			.filter((sequence) -> !liveSequences.contains(SchemaComparison.key(sequence.name())))
			.toList();
		SchemaModel added = new SchemaModel(expected.dialect(), List.of(), newTables, newSequences);
		destructive.sort(Comparator.comparing(DestructiveChange::subject).thenComparing(DestructiveChange::kind));
		return new EvolutionPlan(new CreationPlanner().plan(added), columns, foreignKeys, uniques, indexes, changes,
				destructive, checks);
	}

	/**
	 * The checks the table lacks, and those whose condition changed (an enum that gained a value), replaced by name
	 * of the live one. Checks the model does not have are left alone, like foreign keys: they stay drift warnings.
	 */
	private static List<EvolutionPlan.CheckChange> checkChanges(Table table, Table found) {
		List<EvolutionPlan.CheckChange> changes = new ArrayList<>();
		SchemaComparison.checkDifferences(table, found)
			.forEach((difference) -> changes
				.add(new EvolutionPlan.CheckChange(table.name(), difference.expected(), difference.live())));
		return changes;
	}

	/**
	 * A new NOT NULL column without a default is refused by a table that has rows (PostgreSQL, MariaDB in strict
	 * mode): it is added nullable, then made NOT NULL by a changeset of its own that stops the migration, with
	 * nothing half done, while rows hold NULL, so that the user fills them first. With a default ({@code
	 * @ColumnDefault}) the database fills the rows itself; an identity column fills itself; SQLite cannot add NOT NULL
	 * to a column afterwards.
	 */
	private static void addColumn(Table table, Column column, DatabaseKind kind,
			List<EvolutionPlan.ColumnAddition> columns, List<ColumnChange> changes) {
		if (column.nullable() || column.defaultValue() != null || column.identity() || kind == DatabaseKind.SQLITE) {
			columns.add(new EvolutionPlan.ColumnAddition(table.name(), column));
			return;
		}
		Column nullable = new Column(column.name(), column.sqlType(), true, false, null);
		columns.add(new EvolutionPlan.ColumnAddition(table.name(), nullable));
		changes.add(new ColumnChange(table.name(), column, nullable, ColumnChangeKind.ADD_NOT_NULL));
	}

	/** A type change is safe when the new type holds every old value; nullability either way loses no data. */
	private void compare(Table table, TableName liveName, Column column, Column previous, DatabaseKind kind,
			List<ColumnChange> changes, List<DestructiveChange> destructive) {
		String previousType = declaredTypes == null ? previous.sqlType() : declaredTypes.type(liveName, previous.name());
		ColumnType wanted = ColumnType.parse(column.sqlType(), kind);
		ColumnType had = previousType == null ? wanted : ColumnType.parse(previousType, kind);
		// As the changelog declares it, for the changesets and findings that show the previous type.
		Column before = previousType == null ? previous
				: new Column(previous.name(), previousType, previous.nullable(), previous.identity(),
						previous.defaultValue());
		if (compareTypes && !wanted.equals(had)) {
			if (wanted.holdsEveryValueOf(had)) {
				changes.add(new ColumnChange(table.name(), column, before, ColumnChangeKind.WIDEN_TYPE));
			}
			else {
				destructive.add(new DestructiveChange(DestructiveKind.NARROW_TYPE, table.name(), column, before,
						List.of()));
			}
		}
		if (column.nullable() != previous.nullable()) {
			changes.add(new ColumnChange(table.name(), column, before,
					column.nullable() ? ColumnChangeKind.DROP_NOT_NULL : ColumnChangeKind.ADD_NOT_NULL));
		}
	}

	/** The database the changelog is for: the one read back unless told. */
	private DatabaseKind changelogKind(DatabaseKind readBack) {
		return changelogKind != null ? changelogKind : readBack;
	}

	/** The live keys of a table that use a column, and the live keys of any table that reference it. */
	private List<ForeignKey> foreignKeysOn(SchemaModel live, Table table, String column, DatabaseKind kind) {
		String key = SchemaComparison.key(table.name());
		return live.tables()
			.stream()
			.flatMap((other) -> other.foreignKeys().stream())
			.filter((foreignKey) -> (SchemaComparison.key(foreignKey.table()).equals(key)
					&& containsIgnoringCase(foreignKey.columns(), column))
					|| (SchemaComparison.key(foreignKey.referencedTable()).equals(key)
							&& containsIgnoringCase(foreignKey.referencedColumns(), column)))
			.map((foreignKey) -> named(foreignKey, kind))
			.sorted(Comparator.comparing((ForeignKey foreignKey) -> foreignKey.table().toString())
				.thenComparing(ForeignKey::name))
			.toList();
	}

	/** The live keys of other tables that reference a table; its own go with it. */
	private List<ForeignKey> foreignKeysInto(SchemaModel live, Table table, DatabaseKind kind) {
		String key = SchemaComparison.key(table.name());
		return live.tables()
			.stream()
			.filter((other) -> !SchemaComparison.key(other.name()).equals(key))
			.flatMap((other) -> other.foreignKeys().stream())
			.filter((foreignKey) -> SchemaComparison.key(foreignKey.referencedTable()).equals(key))
			.map((foreignKey) -> named(foreignKey, kind))
			.sorted(Comparator.comparing((ForeignKey foreignKey) -> foreignKey.table().toString())
				.thenComparing(ForeignKey::name))
			.toList();
	}

	private static boolean containsIgnoringCase(List<String> names, String name) {
		return names.stream().anyMatch((each) -> each.equalsIgnoreCase(name));
	}

	/** Names as the changelog most likely wrote them: H2 reports unquoted names upper-cased. */
	private static String normal(String identifier, DatabaseKind kind) {
		return kind.upperCaseIdentifiers() && identifier.equals(identifier.toUpperCase(Locale.ROOT))
				? identifier.toLowerCase(Locale.ROOT) : identifier;
	}

	private static TableName normal(TableName name,
			DatabaseKind kind) {
		return new TableName(name.schema() == null ? null : normal(name.schema(), kind),
				normal(name.name(), kind));
	}

	private static Column normal(Column column, DatabaseKind kind) {
		return new Column(normal(column.name(), kind), column.sqlType(), column.nullable());
	}

	/**
	 * A key to drop, named as the changelog's database knows it: as read back, or as the changelog declares it when
	 * the schema read back is a scratch database's, which may have changed its case.
	 */
	private ForeignKey named(ForeignKey foreignKey, DatabaseKind kind) {
		String name = declaredTypes == null ? normal(foreignKey.name(), kind)
				: declaredTypes.foreignKeyName(normal(foreignKey.name(), kind));
		return new ForeignKey(name, normal(foreignKey.table(), kind),
				foreignKey.columns().stream().map((column) -> normal(column, kind)).toList(),
				normal(foreignKey.referencedTable(), kind),
				foreignKey.referencedColumns().stream().map((column) -> normal(column, kind)).toList(),
				foreignKey.optional(), foreignKey.deleteCascade());
	}

}
