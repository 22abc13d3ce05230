package dev.schemabootstrap.changelog.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.RenameTableChange;
import liquibase.changelog.ChangeSet;
import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.changelog.DeclaredTypes;
import dev.schemabootstrap.database.ColumnType;
import dev.schemabootstrap.model.DatabaseKind;

/**
 * What the lint knows while it walks the pending changesets in order: the database they run on, the tables created
 * by the changesets before (a table created in the same run holds no rows yet, so nothing on it is unsafe), and the
 * column types as the database has them, or as an earlier pending change left them.
 */
public final class MigrationContext {

	private final DatabaseKind database;

	private final ColumnTypes types;

	private final Set<String> newTables = new HashSet<>();

	private final Map<String, String> changedTypes = new HashMap<>();

	MigrationContext(DatabaseKind database, ColumnTypes types) {
		this.database = database;
		this.types = types;
	}

	public DatabaseKind database() {
		return database;
	}

	/** Whether a changeset before (or a change before, in the same changeset) created the table. */
	public boolean isNewTable(String table) {
		return newTables.contains(lower(table));
	}

	/** The column's type before the change, in a comparable form; {@code null} when unknown. */
	public @Nullable ColumnType previousType(@Nullable String schema, String table, String column) {
		String changed = changedTypes.get(lower(table) + "." + lower(column));
		String type = changed != null ? changed : types.type(schema, table, column);
		return type == null ? null : ColumnType.parse(type, database);
	}

	/** A type a changelog declares, in the same comparable form: spelt as Liquibase creates it on the database. */
	public ColumnType declaredType(String type) {
		return ColumnType.parse(DeclaredTypes.spelling(type, database), database);
	}

	/** {@code schema.table.column} (or {@code schema.table.index}), the schema only when the change names one. */
	public static String subject(@Nullable String schema, String table, @Nullable String object) {
		return (schema == null ? "" : schema + ".") + table + (object == null ? "" : "." + object);
	}

	/** How a finding names a changeset: its id, author and file, as Liquibase identifies it. */
	public static String describe(ChangeSet changeSet) {
		return "changeset '" + changeSet.getId() + "' (author " + changeSet.getAuthor() + ", "
				+ changeSet.getFilePath() + ")";
	}

	/** Takes in what a change did, once every rule has looked at it. */
	void applied(Change change) {
		if (change instanceof CreateTableChange create) {
			newTables.add(lower(create.getTableName()));
		}
		else if (change instanceof RenameTableChange rename && isNewTable(rename.getOldTableName())) {
			newTables.add(lower(rename.getNewTableName()));
		}
		else if (change instanceof ModifyDataTypeChange modify && modify.getNewDataType() != null) {
			changedTypes.put(lower(modify.getTableName()) + "." + lower(modify.getColumnName()),
					DeclaredTypes.spelling(RawSql.withoutNullability(modify.getNewDataType()), database));
		}
		else if (change instanceof AbstractSQLChange sql) {
			for (RawSql.Statement statement : RawSql.statements(sql.getSql())) {
				if (statement instanceof RawSql.CreateTable create) {
					newTables.add(lower(create.table()));
				}
			}
		}
	}

	private static String lower(@Nullable String name) {
		return name == null ? "" : name.toLowerCase(Locale.ROOT);
	}

}
