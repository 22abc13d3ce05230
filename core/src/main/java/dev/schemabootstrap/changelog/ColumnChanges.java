package dev.schemabootstrap.changelog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import liquibase.change.Change;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropForeignKeyConstraintChange;
import liquibase.change.core.DropNotNullConstraintChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.changelog.ChangeSet;

import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.EvolutionPlan.ColumnChange;
import dev.schemabootstrap.plan.EvolutionPlan.DestructiveChange;
import dev.schemabootstrap.plan.EvolutionPlan.DestructiveKind;

/**
 * The changesets that change or drop what exists, made of Liquibase's own change classes, each named after what it
 * changes. Destructive ones come in the order the database needs: the foreign keys from or to what goes first (each
 * once), then dropped and narrowed columns, then dropped tables.
 */
final class ColumnChanges {

	private ColumnChanges() {
	}

	static List<ChangeSet> changeSet(ColumnChange change, DatabaseKind database,
			BiFunction<String, Function<ChangeSetNames, List<? extends Change>>, List<ChangeSet>> changeSet) {
		String column = change.table() + "." + change.column().name();
		return switch (change.kind()) {
			case WIDEN_TYPE -> changeSet.apply("type-" + column,
					(names) -> List.of(modifyDataType(change.table(), change.column(), database, names)));
			case DROP_NOT_NULL -> changeSet.apply("nullable-" + column, (names) -> List.of(dropNotNull(change, names)));
			case ADD_NOT_NULL -> guarded(changeSet.apply("not-null-" + column,
					(names) -> List.of(addNotNull(change, names))), change);
		};
	}

	static List<ChangeSet> destructive(List<DestructiveChange> changes, DatabaseKind database,
			BiFunction<String, Function<ChangeSetNames, List<? extends Change>>, List<ChangeSet>> changeSet) {
		Map<String, ForeignKey> foreignKeys = new LinkedHashMap<>();
		changes.forEach((change) -> change.foreignKeys()
			.forEach((foreignKey) -> foreignKeys.putIfAbsent(foreignKey.table() + "-" + foreignKey.name(), foreignKey)));
		List<ChangeSet> changeSets = new ArrayList<>();
		foreignKeys.forEach((id, foreignKey) -> changeSets.addAll(changeSet.apply("drop-foreign-key-" + id,
				(names) -> List.of(dropForeignKey(foreignKey, names)))));
		for (DestructiveChange change : changes) {
			if (change.kind() == DestructiveKind.DROP_COLUMN) {
				changeSets.addAll(changeSet.apply("drop-column-" + change.subject(),
						(names) -> List.of(dropColumn(change, names))));
			}
			else if (change.kind() == DestructiveKind.NARROW_TYPE) {
				changeSets.addAll(changeSet.apply("narrow-type-" + change.subject(),
						(names) -> List.of(modifyDataType(change.table(), change.column(), database, names))));
			}
		}
		for (DestructiveChange change : changes) {
			if (change.kind() == DestructiveKind.DROP_TABLE) {
				changeSets.addAll(changeSet.apply("drop-table-" + change.subject(),
						(names) -> List.of(dropTable(change, names))));
			}
		}
		return changeSets;
	}

	/**
	 * MariaDB and MySQL change a column's type by redefining the whole column: without NOT NULL in the new type
	 * the column would lose it.
	 */
	private static ModifyDataTypeChange modifyDataType(TableName table, Column column, DatabaseKind database,
			ChangeSetNames names) {
		ModifyDataTypeChange change = new ModifyDataTypeChange();
		change.setSchemaName(names.schema(table));
		change.setTableName(names.table(table));
		change.setColumnName(names.column(table, column.name()));
		change.setNewDataType(column.sqlType() + (database.isSchemaCatalog() && !column.nullable() ? " NOT NULL" : ""));
		return change;
	}

	private static DropNotNullConstraintChange dropNotNull(ColumnChange change, ChangeSetNames names) {
		DropNotNullConstraintChange drop = new DropNotNullConstraintChange();
		drop.setSchemaName(names.schema(change.table()));
		drop.setTableName(names.table(change.table()));
		drop.setColumnName(names.column(change.table(), change.column().name()));
		drop.setColumnDataType(change.column().sqlType());
		return drop;
	}

	private static AddNotNullConstraintChange addNotNull(ColumnChange change, ChangeSetNames names) {
		AddNotNullConstraintChange add = new AddNotNullConstraintChange();
		add.setSchemaName(names.schema(change.table()));
		add.setTableName(names.table(change.table()));
		add.setColumnName(names.column(change.table(), change.column().name()));
		add.setColumnDataType(change.column().sqlType());
		return add;
	}

	/**
	 * Rows holding NULL make the database refuse the change (one statement: nothing is half done, the changeset is
	 * not recorded and the migration stops there); the comment says what to do then. Liquibase's YAML serializer
	 * writes preconditions in a form its parser does not read back, so none is used.
	 */
	private static List<ChangeSet> guarded(List<ChangeSet> changeSets, ColumnChange change) {
		changeSets.forEach((changeSet) -> changeSet.setComments("Fails while rows of " + change.table() + " hold NULL in "
				+ change.column().name() + ": fill them first (an update changeset before this one)"));
		return changeSets;
	}

	private static DropForeignKeyConstraintChange dropForeignKey(ForeignKey foreignKey, ChangeSetNames names) {
		DropForeignKeyConstraintChange drop = new DropForeignKeyConstraintChange();
		drop.setBaseTableSchemaName(names.schema(foreignKey.table()));
		drop.setBaseTableName(names.table(foreignKey.table()));
		drop.setConstraintName(names.constraint(foreignKey.name()));
		return drop;
	}

	private static DropColumnChange dropColumn(DestructiveChange change, ChangeSetNames names) {
		DropColumnChange drop = new DropColumnChange();
		drop.setSchemaName(names.schema(change.table()));
		drop.setTableName(names.table(change.table()));
		drop.setColumnName(names.column(change.table(), change.column().name()));
		return drop;
	}

	private static DropTableChange dropTable(DestructiveChange change, ChangeSetNames names) {
		DropTableChange drop = new DropTableChange();
		drop.setSchemaName(names.schema(change.table()));
		drop.setTableName(names.table(change.table()));
		return drop;
	}

}
