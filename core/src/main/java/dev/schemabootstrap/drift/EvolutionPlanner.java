package dev.schemabootstrap.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Index;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Sequence;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.UniqueConstraint;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.plan.EvolutionPlan;

/**
 * Works out what a live database lacks to match the model, matching names and keys the way {@link DriftDetector}
 * does (case-insensitive names, keys and indexes by their columns). Differences that would need a drop, a type
 * change or a nullability change are drift findings only, never part of the plan.
 */
public final class EvolutionPlanner {

	public EvolutionPlan plan(SchemaModel expected, SchemaModel live) {
		Map<String, Table> liveTables = live.tables()
			.stream()
			.collect(Collectors.toMap((table) -> DriftContext.key(table.name()), (table) -> table, (a, b) -> a));
		List<Table> newTables = new ArrayList<>();
		List<EvolutionPlan.ColumnAddition> columns = new ArrayList<>();
		List<ForeignKey> foreignKeys = new ArrayList<>();
		List<EvolutionPlan.UniqueAddition> uniques = new ArrayList<>();
		List<EvolutionPlan.IndexAddition> indexes = new ArrayList<>();
		for (Table table : expected.tables()) {
			Table found = liveTables.get(DriftContext.key(table.name()));
			if (found == null) {
				newTables.add(table);
				continue;
			}
			Set<String> liveColumns = found.columns()
				.stream()
				.map((column) -> column.name().toLowerCase(java.util.Locale.ROOT))
				.collect(Collectors.toSet());
			for (Column column : table.columns()) {
				if (!liveColumns.contains(column.name().toLowerCase(java.util.Locale.ROOT))) {
					columns.add(new EvolutionPlan.ColumnAddition(table.name(), column));
				}
			}
			Set<String> liveKeys = ConstraintDrift.foreignKeys(found).keySet();
			ConstraintDrift.foreignKeys(table).forEach((key, foreignKey) -> {
				if (!liveKeys.contains(key)) {
					foreignKeys.add(foreignKey);
				}
			});
			Set<String> liveUniques = ConstraintDrift.uniques(found).keySet();
			for (UniqueConstraint unique : table.uniqueConstraints()) {
				if (!liveUniques.contains(ConstraintDrift.uniqueKey(unique.columns()))) {
					uniques.add(new EvolutionPlan.UniqueAddition(table.name(), unique));
				}
			}
			Set<String> liveIndexes = ConstraintDrift.indexes(found).keySet();
			for (Index index : table.indexes()) {
				if (!index.unique() && !liveIndexes.contains(DriftContext.columnList(index.columns()))) {
					indexes.add(new EvolutionPlan.IndexAddition(table.name(), index));
				}
			}
		}
		Set<String> liveSequences = DriftDetector.sequenceKeys(live);
		List<Sequence> newSequences = expected.sequences()
			.stream()
			.filter((sequence) -> !liveSequences.contains(DriftContext.key(sequence.name())))
			.toList();
		SchemaModel added = new SchemaModel(expected.dialect(), List.of(), newTables, newSequences);
		return new EvolutionPlan(new CreationPlanner().plan(added), columns, foreignKeys, uniques, indexes);
	}

}
