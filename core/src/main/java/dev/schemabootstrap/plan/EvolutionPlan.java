package dev.schemabootstrap.plan;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.model.CheckConstraint;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Index;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.model.UniqueConstraint;

/**
 * What a changelog's state lacks to match the model, in creation order: new sequences and tables (planned like a
 * first changelog), then new columns, then foreign keys, unique constraints and indexes on tables that exist, then
 * the changes to existing columns that lose no data (a wider type, a dropped or a guarded added NOT NULL), then the
 * check constraints added or replaced. The
 * {@linkplain #destructiveChanges() destructive changes} (a dropped table or column, a narrower type) are kept
 * apart: they are written only when the user allows them, see {@link #withoutDestructiveChanges()}.
 */
public record EvolutionPlan(CreationPlan newTables, List<ColumnAddition> newColumns, List<ForeignKey> newForeignKeys,
		List<UniqueAddition> newUniqueConstraints, List<IndexAddition> newIndexes, List<ColumnChange> columnChanges,
		List<DestructiveChange> destructiveChanges, List<CheckChange> checkChanges) {

	public EvolutionPlan {
		newColumns = List.copyOf(newColumns);
		newForeignKeys = List.copyOf(newForeignKeys);
		newUniqueConstraints = List.copyOf(newUniqueConstraints);
		newIndexes = List.copyOf(newIndexes);
		columnChanges = List.copyOf(columnChanges);
		destructiveChanges = List.copyOf(destructiveChanges);
		checkChanges = List.copyOf(checkChanges);
	}

	/** A plan without check changes. */
	public EvolutionPlan(CreationPlan newTables, List<ColumnAddition> newColumns, List<ForeignKey> newForeignKeys,
			List<UniqueAddition> newUniqueConstraints, List<IndexAddition> newIndexes, List<ColumnChange> columnChanges,
			List<DestructiveChange> destructiveChanges) {
		this(newTables, newColumns, newForeignKeys, newUniqueConstraints, newIndexes, columnChanges, destructiveChanges,
				List.of());
	}

	/** A plan of additions only. */
	public EvolutionPlan(CreationPlan newTables, List<ColumnAddition> newColumns, List<ForeignKey> newForeignKeys,
			List<UniqueAddition> newUniqueConstraints, List<IndexAddition> newIndexes) {
		this(newTables, newColumns, newForeignKeys, newUniqueConstraints, newIndexes, List.of(), List.of());
	}

	public boolean isEmpty() {
		return !hasSafeChanges() && destructiveChanges.isEmpty();
	}

	/** Whether the plan has changes that lose no data: additions and column changes. */
	public boolean hasSafeChanges() {
		return !(newTables.tables().isEmpty() && newTables.sequences().isEmpty() && newColumns.isEmpty()
				&& newForeignKeys.isEmpty() && newUniqueConstraints.isEmpty() && newIndexes.isEmpty()
				&& columnChanges.isEmpty() && checkChanges.isEmpty());
	}

	/** The same plan without its destructive changes: what is written when they are not allowed. */
	public EvolutionPlan withoutDestructiveChanges() {
		return new EvolutionPlan(newTables, newColumns, newForeignKeys, newUniqueConstraints, newIndexes,
				columnChanges, List.of(), checkChanges);
	}

	/** One line for a report: what is added and changed, counted; only what there is ("1 column and 2 indexes"). */
	public String summary() {
		List<String> parts = new ArrayList<>();
		count(parts, newTables.sequences().size(), "sequence", "sequences");
		count(parts, newTables.tables().size(), "table", "tables");
		count(parts, newColumns.size(), "column", "columns");
		count(parts, newForeignKeys.size(), "foreign key", "foreign keys");
		count(parts, newUniqueConstraints.size(), "unique constraint", "unique constraints");
		count(parts, newIndexes.size(), "index", "indexes");
		count(parts, columnChanges.size(), "column change", "column changes");
		count(parts, checkChanges.size(), "check constraint", "check constraints");
		count(parts, destructiveChanges.size(), "destructive change", "destructive changes");
		if (parts.isEmpty()) {
			return "nothing";
		}
		int last = parts.size() - 1;
		return last == 0 ? parts.get(0) : String.join(", ", parts.subList(0, last)) + " and " + parts.get(last);
	}

	private static void count(List<String> parts, int count, String one, String many) {
		if (count > 0) {
			parts.add(count + " " + (count == 1 ? one : many));
		}
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

	/**
	 * A change to a column both have that loses no data.
	 *
	 * @param column the column as the model has it
	 * @param previous the column as the changelog left it
	 */
	public record ColumnChange(TableName table, Column column, Column previous, ColumnChangeKind kind) {

	}

	/**
	 * A check constraint added, or replaced because its condition changed (an enum gained a value): dropped and added
	 * again, which touches no row.
	 *
	 * @param check the check as the model has it
	 * @param previous the check the database has in its place, dropped first; {@code null} when none
	 */
	public record CheckChange(TableName table, CheckConstraint check, @Nullable CheckConstraint previous) {

	}

	public enum ColumnChangeKind {

		/** The type holds every value it held before (a longer varchar, int to bigint). */
		WIDEN_TYPE,

		/** NOT NULL to NULL allowed. */
		DROP_NOT_NULL,

		/**
		 * NULL allowed to NOT NULL: no data is lost; while rows hold NULL the database refuses it and the migration
		 * stops there, nothing half done.
		 */
		ADD_NOT_NULL

	}

	/**
	 * A change that loses data, written only when {@code allow-destructive} is set.
	 *
	 * @param table the table
	 * @param column the column dropped (as the changelog left it) or narrowed (as the model has it); {@code null}
	 * for a dropped table
	 * @param previous the column as the changelog left it, for a narrowed type; else {@code null}
	 * @param foreignKeys the foreign keys that must be dropped first (from or to what is dropped)
	 */
	public record DestructiveChange(DestructiveKind kind, TableName table, @Nullable Column column,
			@Nullable Column previous,
			List<ForeignKey> foreignKeys) {

		public DestructiveChange {
			foreignKeys = List.copyOf(foreignKeys);
		}

		/** {@code schema.table} or {@code schema.table.column}. */
		public String subject() {
			return kind == DestructiveKind.DROP_TABLE ? table.toString() : table + "." + java.util.Objects.requireNonNull(column).name();
		}

	}

	public enum DestructiveKind {

		DROP_TABLE, DROP_COLUMN,

		/** A shorter length, a smaller type, or a type of another kind that may not hold every value. */
		NARROW_TYPE

	}

}
