package dev.schemabootstrap.changelog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.RawSQLChange;
import liquibase.statement.DatabaseFunction;

import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Index;
import dev.schemabootstrap.model.PrimaryKey;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.model.UniqueConstraint;
import dev.schemabootstrap.plan.CreationPlan;

/**
 * The Liquibase changes that create a table of a {@link CreationPlan}, and those that add a foreign key, a unique
 * constraint or an index to a table, in a changelog of the whole model or of an evolution alike. A table's keys,
 * unique constraints and checks go inline in its create table where the database needs them there (SQLite, which
 * cannot add a constraint to a table, see {@link SqliteTables}) or where every database accepts them; the others
 * follow it, ordered by name.
 */
final class TableChanges {

	private TableChanges() {
	}

	/**
	 * A table with its columns and keys, its unique constraints over several columns and the SQL it needs right after
	 * it is created. Keys that close a cycle come after all tables, apart ({@link CreationPlan#deferredForeignKeys()}).
	 */
	static List<Change> create(Table table, CreationPlan plan, DatabaseKind database, ChangeSetNames names) {
		List<Change> changes = new ArrayList<>();
		CreateTableChange createTable = new CreateTableChange();
		createTable.setSchemaName(names.schema(table.name()));
		createTable.setTableName(names.table(table.name()));
		for (Column column : table.columns()) {
			createTable.addColumn(column(table, column, plan, database, names));
		}
		if (database.supportsAlterTableConstraints()) {
			changes.add(createTable);
			// Keys over several columns to tables created earlier; the deferred ones come after all tables.
			byName(table.foreignKeys(), ForeignKey::name).stream()
				.filter((foreignKey) -> !isInline(foreignKey, plan, database) && !plan.isDeferred(foreignKey))
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

	/** A table's indexes, ordered by name. */
	static List<Change> createIndexes(Table table, ChangeSetNames names) {
		return byName(table.indexes(), Index::name).stream()
			.map((index) -> (Change) createIndex(table.name(), index, names))
			.toList();
	}

	static AddForeignKeyConstraintChange addForeignKey(ForeignKey foreignKey, ChangeSetNames names) {
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

	static AddUniqueConstraintChange addUnique(TableName table, UniqueConstraint unique, ChangeSetNames names) {
		AddUniqueConstraintChange change = new AddUniqueConstraintChange();
		change.setConstraintName(names.constraint(unique.name()));
		change.setSchemaName(names.schema(table));
		change.setTableName(names.table(table));
		change.setColumnNames(names.columns(table, unique.columns()));
		return change;
	}

	static CreateIndexChange createIndex(TableName table, Index index, ChangeSetNames names) {
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

	/** A column of a create table, with the primary key, NOT NULL, unique and foreign key that go inline on it. */
	private static ColumnConfig column(Table table, Column column, CreationPlan plan, DatabaseKind database,
			ChangeSetNames names) {
		ColumnConfig config = new ColumnConfig();
		config.setName(names.column(table.name(), column.name()));
		// SQLite generates keys only for a column declared exactly INTEGER PRIMARY KEY.
		config.setType(column.identity() && database == DatabaseKind.SQLITE ? "INTEGER"
				: LiquibaseTypes.of(column.sqlType(), database));
		if (column.identity()) {
			config.setAutoIncrement(true);
		}
		if (column.defaultValue() != null) {
			config.setDefaultValueComputed(new DatabaseFunction(column.defaultValue()));
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
			if (foreignKey.columns().equals(List.of(column.name())) && isInline(foreignKey, plan, database)) {
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
	private static boolean isInline(ForeignKey foreignKey, CreationPlan plan, DatabaseKind database) {
		if (foreignKey.columns().size() != 1) {
			return false;
		}
		return !database.supportsAlterTableConstraints()
				|| (!foreignKey.isSelfReference() && !plan.isDeferred(foreignKey));
	}

	private static <T> List<T> byName(List<T> items, Function<T, String> name) {
		return items.stream().sorted(Comparator.comparing(name)).toList();
	}

}
