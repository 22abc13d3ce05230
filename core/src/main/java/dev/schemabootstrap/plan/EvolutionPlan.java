package dev.schemabootstrap.plan;

import java.util.List;

import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Index;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.model.UniqueConstraint;

/**
 * What a database lacks to match the model, as additions only, in creation order: new sequences and tables
 * (planned like a first changelog), then new columns, then foreign keys, unique constraints and indexes on tables that exist.
 * Nothing is ever dropped or narrowed here.
 */
public record EvolutionPlan(CreationPlan newTables, List<ColumnAddition> newColumns, List<ForeignKey> newForeignKeys,
		List<UniqueAddition> newUniqueConstraints, List<IndexAddition> newIndexes) {

	public EvolutionPlan {
		newColumns = List.copyOf(newColumns);
		newForeignKeys = List.copyOf(newForeignKeys);
		newUniqueConstraints = List.copyOf(newUniqueConstraints);
		newIndexes = List.copyOf(newIndexes);
	}

	public boolean isEmpty() {
		return newTables.tables().isEmpty() && newTables.sequences().isEmpty() && newColumns.isEmpty() && newForeignKeys.isEmpty()
				&& newUniqueConstraints.isEmpty() && newIndexes.isEmpty();
	}

	/** One line for a report: what is added, counted. */
	public String summary() {
		return newTables.sequences().size() + " sequence(s), " + newTables.tables().size() + " table(s), "
				+ newColumns.size() + " column(s), " + newForeignKeys.size()
				+ " foreign key(s), " + newUniqueConstraints.size() + " unique constraint(s) and " + newIndexes.size()
				+ " index(es)";
	}

	/** A column the table lacks. */
	public record ColumnAddition(TableName table, Column column) {

	}

	/** A unique constraint the table lacks. */
	public record UniqueAddition(TableName table, UniqueConstraint unique) {

	}

	/** An index the table lacks. */
	public record IndexAddition(TableName table, Index index) {

	}

}
