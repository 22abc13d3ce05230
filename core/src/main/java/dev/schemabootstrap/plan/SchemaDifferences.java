package dev.schemabootstrap.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.drift.SchemaComparison;
import dev.schemabootstrap.drift.SchemaComparison.CheckDifference;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Index;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Sequence;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.UniqueConstraint;
import dev.schemabootstrap.plan.EvolutionPlanner.Origin;

/**
 * What the model and the schema a changelog built differ in, matched as {@link DriftDetector} matches them (names
 * without regard to case, keys, unique constraints and indexes by their columns). Only what the changelog itself
 * created counts as extra ({@link Origin}); foreign keys, unique constraints, indexes and checks that only the schema
 * has are not listed at all. What becomes of each difference is the planner's business ({@link EvolutionPlanner}).
 *
 * @param newTables the model's tables the schema lacks, in the model's order
 * @param newSequences the model's sequences the schema lacks, in the model's order
 * @param sharedTables the tables both have, in the model's order
 * @param extraTables the schema's tables the model lacks and the changelog created, in the schema's order
 */
record SchemaDifferences(List<Table> newTables, List<Sequence> newSequences, List<TableDifferences> sharedTables,
		List<Table> extraTables) {

	/**
	 * @param expected the model
	 * @param live the schema the changelog built, its column types taken as modelled where they are a portable
	 * spelling of the model's
	 * @param origin what of {@code live} the changelog created
	 */
	static SchemaDifferences between(SchemaModel expected, SchemaModel live, Origin origin) {
		Map<String, Table> liveTables = live.tables()
			.stream()
			.collect(Collectors.toMap((table) -> SchemaComparison.key(table.name()), (table) -> table, (a, b) -> a));
		List<Table> newTables = new ArrayList<>();
		List<TableDifferences> sharedTables = new ArrayList<>();
		for (Table table : expected.tables()) {
			Table found = liveTables.get(SchemaComparison.key(table.name()));
			if (found == null) {
				newTables.add(table);
			}
			else {
				sharedTables.add(TableDifferences.between(table, found, origin));
			}
		}
		Set<String> wantedTables = expected.tables()
			.stream()
			.map((table) -> SchemaComparison.key(table.name()))
			.collect(Collectors.toSet());
		List<Table> extraTables = live.tables()
			.stream()
			.filter((table) -> !wantedTables.contains(SchemaComparison.key(table.name())))
			.filter((table) -> origin.createdTable(table.name()))
			.toList();
		Set<String> liveSequences = SchemaComparison.sequenceKeys(live);
		List<Sequence> newSequences = expected.sequences()
			.stream()
			.filter((sequence) -> !liveSequences.contains(SchemaComparison.key(sequence.name())))
			.toList();
		return new SchemaDifferences(newTables, newSequences, sharedTables, extraTables);
	}

	/**
	 * What one table both have differs in.
	 *
	 * @param table the table as the model has it
	 * @param found the table as the changelog built it
	 * @param columns each of the model's columns with the schema's of that name, in the model's order
	 * @param extraColumns the schema's columns the model lacks and the changelog created
	 * @param newForeignKeys the model's foreign keys the schema lacks
	 * @param newUniqueConstraints the model's unique constraints the schema lacks (nor has as a unique index)
	 * @param newIndexes the model's indexes that are not unique and that the schema lacks
	 * @param checks the model's checks the schema lacks or has with another condition (an enum that gained a value)
	 */
	record TableDifferences(Table table, Table found, List<ColumnMatch> columns, List<Column> extraColumns,
			List<ForeignKey> newForeignKeys, List<UniqueConstraint> newUniqueConstraints, List<Index> newIndexes,
			List<CheckDifference> checks) {

		static TableDifferences between(Table table, Table found, Origin origin) {
			List<ColumnMatch> columns = table.columns()
				.stream()
				.map((column) -> new ColumnMatch(column, found.column(column.name()).orElse(null)))
				.toList();
			List<Column> extraColumns = found.columns()
				.stream()
				.filter((column) -> table.column(column.name()).isEmpty()
						&& origin.createdColumn(found.name(), column.name()))
				.toList();
			Set<String> liveKeys = SchemaComparison.foreignKeys(found).keySet();
			List<ForeignKey> foreignKeys = new ArrayList<>();
			SchemaComparison.foreignKeys(table).forEach((key, foreignKey) -> {
				if (!liveKeys.contains(key)) {
					foreignKeys.add(foreignKey);
				}
			});
			Set<String> liveUniques = SchemaComparison.uniques(found).keySet();
			List<UniqueConstraint> uniques = table.uniqueConstraints()
				.stream()
				.filter((unique) -> !liveUniques.contains(SchemaComparison.uniqueKey(unique.columns())))
				.toList();
			Set<String> liveIndexes = SchemaComparison.indexes(found).keySet();
			List<Index> indexes = table.indexes()
				.stream()
				.filter((index) -> !index.unique()
						&& !liveIndexes.contains(SchemaComparison.columnList(index.columns())))
				.toList();
			return new TableDifferences(table, found, columns, extraColumns, foreignKeys, uniques, indexes,
					SchemaComparison.checkDifferences(table, found));
		}

	}

	/**
	 * A column of the model, and the schema's of the same name.
	 *
	 * @param found the column as the changelog built it, or {@code null} when the schema lacks it
	 */
	record ColumnMatch(Column column, @Nullable Column found) {
	}

}
