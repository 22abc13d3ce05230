package dev.schemabootstrap.changelog;

import java.util.ArrayList;
import java.util.List;

import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.changelog.ChangeSet;
import liquibase.statement.DatabaseFunction;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.plan.EvolutionPlan;

/**
 * The changesets that bring a database that keeps its data to the model, new tables aside: one per added column,
 * foreign key, unique constraint and index, each named after what it adds, then the column changes
 * ({@link ColumnChanges}), one per check constraint added or replaced, and the destructive changes the plan holds.
 */
final class EvolutionChangeSets {

	private EvolutionChangeSets() {
	}

	static List<ChangeSet> of(EvolutionPlan evolution, DatabaseKind database, ChangeSetFactory changeSets) {
		List<ChangeSet> all = new ArrayList<>();
		for (EvolutionPlan.ColumnAddition addition : evolution.newColumns()) {
			all.addAll(changeSets.changeSets("column-" + addition.table() + "." + addition.column().name(),
					(names) -> List.of(addColumn(addition, database, names))));
		}
		for (ForeignKey foreignKey : evolution.newForeignKeys()) {
			all.addAll(changeSets.changeSets("foreign-key-" + foreignKey.table() + "-" + foreignKey.name(),
					(names) -> List.of(TableChanges.addForeignKey(foreignKey, names))));
		}
		for (EvolutionPlan.UniqueAddition addition : evolution.newUniqueConstraints()) {
			all.addAll(changeSets.changeSets("unique-" + addition.table() + "-" + addition.unique().name(),
					(names) -> List.of(TableChanges.addUnique(addition.table(), addition.unique(), names))));
		}
		for (EvolutionPlan.IndexAddition addition : evolution.newIndexes()) {
			all.addAll(changeSets.changeSets("index-" + addition.table() + "-" + addition.index().name(),
					(names) -> List.of(TableChanges.createIndex(addition.table(), addition.index(), names))));
		}
		for (EvolutionPlan.ColumnChange change : evolution.columnChanges()) {
			all.addAll(ColumnChanges.changeSet(change, database, changeSets::changeSets));
		}
		// After the column changes: a check may name a column just added or widened.
		for (EvolutionPlan.CheckChange change : evolution.checkChanges()) {
			// The id ends in a hash of the condition: the same check replaced again later gets a changeset of its own.
			all.addAll(changeSets.changeSets(
					"check-" + change.table() + "-" + change.check().name() + "-" + CheckChanges.hash(change.check()),
					(names) -> checkChanges(change, names)));
		}
		all.addAll(ColumnChanges.destructive(evolution.destructiveChanges(), database, changeSets::changeSets));
		return all;
	}

	private static AddColumnChange addColumn(EvolutionPlan.ColumnAddition addition, DatabaseKind database,
			ChangeSetNames names) {
		AddColumnChange change = new AddColumnChange();
		change.setSchemaName(names.schema(addition.table()));
		change.setTableName(names.table(addition.table()));
		AddColumnConfig column = new AddColumnConfig();
		column.setName(names.column(addition.table(), addition.column().name()));
		column.setType(LiquibaseTypes.of(addition.column().sqlType(), database));
		if (addition.column().defaultValue() != null) {
			// The database fills the table's existing rows with it, so that NOT NULL holds for them too.
			column.setDefaultValueComputed(new DatabaseFunction(addition.column().defaultValue()));
		}
		if (!addition.column().nullable()) {
			column.setConstraints(new ConstraintsConfig().setNullable(false));
		}
		change.addColumn(column);
		return change;
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

}
