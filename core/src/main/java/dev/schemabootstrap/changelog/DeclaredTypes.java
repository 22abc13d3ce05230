package dev.schemabootstrap.changelog;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.RenameColumnChange;
import liquibase.change.core.RenameTableChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseList;
import liquibase.database.core.H2Database;
import liquibase.database.core.MariaDBDatabase;
import liquibase.database.core.MySQLDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.core.SQLiteDatabase;
import liquibase.datatype.DataTypeFactory;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.EvolutionPlanner;

/**
 * The column types a changelog declares, read from its changesets in order ({@code createTable}, {@code addColumn},
 * {@code modifyDataType}, renames and drops) and spelt as Liquibase creates them on the changelog's database
 * ({@code varchar(300)}, {@code BIGINT}, {@code TIMESTAMP WITHOUT TIME ZONE} for {@code datetime} on PostgreSQL).
 * The embedded scratch database a changelog for PostgreSQL or MariaDB is replayed on reads such types back in its own
 * words, or not at all; these are the types the real database would report. A column created by {@code sql} has no
 * declared type, and its type is not compared. The names of its foreign keys are kept as written too: the scratch H2
 * reads back in upper case a name that PostgreSQL keeps in the case it was given, and a key to drop must be named as
 * there.
 */
public final class DeclaredTypes implements EvolutionPlanner.DeclaredTypes {

	/** Table name (lower case) to column name (lower case) to the type. */
	private final Map<String, Map<String, String>> tables = new HashMap<>();

	/** Foreign key names, lower case, to the name as declared. */
	private final Map<String, String> foreignKeyNames = new HashMap<>();

	private final Database database;

	private DeclaredTypes(Database database) {
		this.database = database;
	}

	/**
	 * @param changelog the parsed changelog
	 * @param kind the database it is written for
	 */
	public static DeclaredTypes of(DatabaseChangeLog changelog, DatabaseKind kind) {
		Database database = database(kind);
		DeclaredTypes types = new DeclaredTypes(database);
		for (ChangeSet changeSet : changelog.getChangeSets()) {
			// A changeset for other databases only (dbms) declares nothing here: its twin for this database does.
			if (!DatabaseList.definitionMatches(changeSet.getDbmsSet(), database.getShortName(), true)) {
				continue;
			}
			for (Change change : changeSet.getChanges()) {
				types.apply(change);
			}
		}
		return types;
	}

	@Override
	public @Nullable String type(TableName table, String column) {
		return tables.getOrDefault(lower(table.name()), Map.of()).get(lower(column));
	}

	@Override
	public String foreignKeyName(String readBack) {
		return foreignKeyNames.getOrDefault(lower(readBack), readBack);
	}

	private void apply(Change change) {
		if (change instanceof CreateTableChange create) {
			Map<String, String> columns = tables.computeIfAbsent(lower(create.getTableName()), (name) -> new HashMap<>());
			for (ColumnConfig column : create.getColumns()) {
				declare(columns, column.getName(), column.getType());
				declareForeignKey(column);
			}
		}
		else if (change instanceof AddColumnChange add) {
			Map<String, String> columns = tables.computeIfAbsent(lower(add.getTableName()), (name) -> new HashMap<>());
			for (AddColumnConfig column : add.getColumns()) {
				declare(columns, column.getName(), column.getType());
				declareForeignKey(column);
			}
		}
		else if (change instanceof AddForeignKeyConstraintChange add && add.getConstraintName() != null) {
			foreignKeyNames.put(lower(add.getConstraintName()), add.getConstraintName());
		}
		else if (change instanceof ModifyDataTypeChange modify) {
			declare(tables.computeIfAbsent(lower(modify.getTableName()), (name) -> new HashMap<>()),
					modify.getColumnName(), modify.getNewDataType());
		}
		else if (change instanceof RenameColumnChange rename) {
			Map<String, String> columns = tables.getOrDefault(lower(rename.getTableName()), new HashMap<>());
			String type = columns.remove(lower(rename.getOldColumnName()));
			if (type != null) {
				columns.put(lower(rename.getNewColumnName()), type);
			}
		}
		else if (change instanceof DropColumnChange drop) {
			Map<String, String> columns = tables.getOrDefault(lower(drop.getTableName()), new HashMap<>());
			columns.remove(lower(drop.getColumnName()));
			drop.getColumns().forEach((column) -> columns.remove(lower(column.getName())));
		}
		else if (change instanceof DropTableChange drop) {
			tables.remove(lower(drop.getTableName()));
		}
		else if (change instanceof RenameTableChange rename) {
			Map<String, String> columns = tables.remove(lower(rename.getOldTableName()));
			if (columns != null) {
				tables.put(lower(rename.getNewTableName()), columns);
			}
		}
	}

	private void declareForeignKey(ColumnConfig column) {
		String name = column.getConstraints() == null ? null : column.getConstraints().getForeignKeyName();
		if (name != null) {
			foreignKeyNames.put(lower(name), name);
		}
	}

	private void declare(Map<String, String> columns, @Nullable String column, @Nullable String type) {
		if (column == null) {
			return;
		}
		if (type == null) {
			columns.remove(lower(column));
			return;
		}
		columns.put(lower(column), spelt(type));
	}

	/** As Liquibase creates it on the changelog's database; as written when Liquibase does not know the type. */
	private String spelt(String type) {
		return spelt(type, database);
	}

	/**
	 * A type as a changelog declares it ({@code varchar(300)}, {@code int}, {@code clob}), spelt as Liquibase creates
	 * it on a database of that kind; as written when Liquibase does not know the type.
	 */
	public static String spelling(String type, DatabaseKind kind) {
		return spelt(type, database(kind));
	}

	private static String spelt(String type, Database database) {
		try {
			return DataTypeFactory.getInstance().fromDescription(type, database).toDatabaseDataType(database).toString();
		}
		catch (RuntimeException ex) {
			return type;
		}
	}

	private static Database database(DatabaseKind kind) {
		return switch (kind) {
			case POSTGRESQL -> new PostgresDatabase();
			case MARIADB -> new MariaDBDatabase();
			case MYSQL -> new MySQLDatabase();
			case SQLITE -> new SQLiteDatabase();
			default -> new H2Database();
		};
	}

	private static String lower(@Nullable String name) {
		return name == null ? "" : name.toLowerCase(Locale.ROOT);
	}

}
