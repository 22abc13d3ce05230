package dev.schemabootstrap.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.drift.SchemaComparison;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.NamedType;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.EvolutionPlan.CheckChange;
import dev.schemabootstrap.plan.EvolutionPlan.ColumnAddition;
import dev.schemabootstrap.plan.EvolutionPlan.ColumnChange;
import dev.schemabootstrap.plan.EvolutionPlan.DestructiveChange;
import dev.schemabootstrap.plan.EvolutionPlan.IndexAddition;
import dev.schemabootstrap.plan.EvolutionPlan.UniqueAddition;
import dev.schemabootstrap.plan.SchemaDifferences.ColumnMatch;
import dev.schemabootstrap.plan.SchemaDifferences.TableDifferences;

/**
 * Works out what the schema a changelog built lacks to match the model, matching names and keys the way
 * {@link DriftDetector} does (case-insensitive names, keys and indexes by their columns): additions, changes to
 * columns that lose no data (a wider type, NOT NULL dropped or added), and, apart, the destructive changes (a table
 * or column the model no longer has, a narrower type). Only tables and columns the changelog itself created are
 * ever proposed for dropping ({@link Origin}); foreign keys, unique constraints and indexes the model lacks are
 * left alone (they hold no data, are often added by hand on purpose, and stay {@code schema-drift} warnings). Check
 * constraints the table lacks are added, and one whose condition changed is dropped and added again. On SQLite,
 * which cannot alter a column or a constraint, no column or check change is planned.
 * <p>
 * What differs is found by {@link SchemaDifferences}; a column becomes changes by {@link ColumnEvolution}, a table or
 * column to drop by {@link DroppedObjects}; this class puts the changes in the plan's order.
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
			return new LazyOrigin(origin);
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
		SchemaDifferences differences = SchemaDifferences.between(expected, live, origin);
		ColumnEvolution columnEvolution = new ColumnEvolution(changelogKind != null ? changelogKind : kind,
				compareTypes, declaredTypes);
		DroppedObjects dropped = new DroppedObjects(live, kind, declaredTypes);
		List<ColumnAddition> columns = new ArrayList<>();
		List<ForeignKey> foreignKeys = new ArrayList<>();
		List<UniqueAddition> uniques = new ArrayList<>();
		List<IndexAddition> indexes = new ArrayList<>();
		List<ColumnChange> changes = new ArrayList<>();
		List<DestructiveChange> destructive = new ArrayList<>();
		List<CheckChange> checks = new ArrayList<>();
		for (TableDifferences table : differences.sharedTables()) {
			TableName name = table.table().name();
			for (ColumnMatch match : table.columns()) {
				if (match.found() == null) {
					columnEvolution.added(name, match.column(), columns, changes);
				}
				else {
					columnEvolution.compared(name, table.found().name(), match.column(), match.found(), changes,
							destructive);
				}
			}
			table.extraColumns().forEach((column) -> destructive.add(dropped.column(name, table.found(), column)));
			foreignKeys.addAll(table.newForeignKeys());
			table.newUniqueConstraints().forEach((unique) -> uniques.add(new UniqueAddition(name, unique)));
			// SQLite cannot add or drop a constraint of an existing table.
			if (kind != DatabaseKind.SQLITE) {
				table.checks()
					.forEach((check) -> checks.add(new CheckChange(name, check.expected(), check.live())));
			}
			table.newIndexes().forEach((index) -> indexes.add(new IndexAddition(name, index)));
		}
		differences.extraTables().forEach((table) -> destructive.add(dropped.table(table)));
		destructive.sort(Comparator.comparing(DestructiveChange::subject).thenComparing(DestructiveChange::kind));
		SchemaModel added = new SchemaModel(expected.dialect(), List.of(), differences.newTables(),
				differences.newSequences())
			.withTypes(usedTypes(expected.types(), differences.newTables(), columns));
		return new EvolutionPlan(new CreationPlanner().plan(added), columns, foreignKeys, uniques, indexes, changes,
				destructive, checks);
	}

	/**
	 * The named types the new tables and columns are declared with, created with the new tables (before the new
	 * columns) where the database lacks them: their changesets do nothing where a type exists.
	 */
	private static List<NamedType> usedTypes(List<NamedType> types, List<Table> newTables,
			List<ColumnAddition> newColumns) {
		Set<String> used = new HashSet<>();
		newTables.forEach((table) -> table.columns()
			.forEach((column) -> used.add(column.sqlType().toLowerCase(Locale.ROOT))));
		newColumns.forEach((addition) -> used.add(addition.column().sqlType().toLowerCase(Locale.ROOT)));
		return types.stream().filter((type) -> used.contains(type.name().toLowerCase(Locale.ROOT))).toList();
	}

}
