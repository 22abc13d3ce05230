package dev.schemabootstrap.changelog;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import liquibase.change.Change;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.RawSQLChange;
import liquibase.database.ObjectQuotingStrategy;
import liquibase.database.core.SQLiteDatabase;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.UniqueConstraint;
import liquibase.statement.core.CreateTableStatement;

import dev.schemabootstrap.model.CheckConstraint;
import dev.schemabootstrap.model.ForeignKey;

/**
 * SQLite cannot add a constraint to a table that exists, and Liquibase's createTable declares foreign keys on
 * single columns only. A table with a foreign key over several columns is therefore created by the SQL Liquibase
 * itself generates for SQLite for its columns and primary key, completed with every unique constraint and every
 * foreign key as table-level clauses ({@code FOREIGN KEY (a, b) REFERENCES t (x, y)}), each kind ordered by name,
 * as one {@code sql} change; so is a table with check constraints, which get table-level clauses too. Liquibase
 * keeps a table's constraints in hash sets, so its own rendering of them would come out in a different order from run
 * to run. Every other table stays a plain createTable. In a changeset that quotes all names (see
 * {@link ChangeSetNames}) the SQL quotes every name too.
 */
final class SqliteTables {

	private static final SQLiteDatabase SQLITE = new SQLiteDatabase();

	private static final SQLiteDatabase SQLITE_QUOTING_ALL = new SQLiteDatabase();

	static {
		SQLITE_QUOTING_ALL.setObjectQuotingStrategy(ObjectQuotingStrategy.QUOTE_ALL_OBJECTS);
	}

	private SqliteTables() {
	}

	/**
	 * @param foreignKeys every foreign key of the table, ordered by name
	 * @param checks every check constraint of the table, ordered by name: Liquibase's createTable has no place for
	 * them, so a table with checks is created by SQL too
	 * @param names how the changeset spells names
	 */
	static Change createTable(CreateTableChange createTable, List<ForeignKey> foreignKeys,
			List<CheckConstraint> checks, ChangeSetNames names) {
		if (checks.isEmpty() && foreignKeys.stream().allMatch((foreignKey) -> foreignKey.columns().size() == 1)) {
			return createTable;
		}
		SQLiteDatabase sqlite = names.quotesAll() ? SQLITE_QUOTING_ALL : SQLITE;
		Function<String, String> name = names.quotesAll() ? SqliteTables::quoted : Function.identity();
		CreateTableStatement statement = (CreateTableStatement) createTable.generateStatements(sqlite)[0];
		List<String> uniques = statement.getUniqueConstraints()
			.stream()
			.sorted(Comparator.comparing(UniqueConstraint::getConstraintName))
			.map((unique) -> "CONSTRAINT " + name.apply(unique.getConstraintName()) + " UNIQUE ("
					+ joined(unique.getColumns(), name) + ")")
			.toList();
		statement.getUniqueConstraints().clear();
		statement.getForeignKeyConstraints().clear();
		Sql[] sql = SqlGeneratorFactory.getInstance().generateSql(statement, sqlite);
		String create = sql[0].toSql();
		int end = create.lastIndexOf(')');
		String constraints = Stream
			.of(uniques.stream(), foreignKeys.stream().map((foreignKey) -> constraint(foreignKey, name)),
					CheckChanges.inline(checks).stream())
			.flatMap((clauses) -> clauses)
			.collect(Collectors.joining(", "));
		RawSQLChange change = new RawSQLChange(create.substring(0, end) + ", " + constraints + create.substring(end));
		change.setDbms("sqlite");
		return change;
	}

	private static String constraint(ForeignKey foreignKey, Function<String, String> name) {
		return "CONSTRAINT " + name.apply(foreignKey.name()) + " FOREIGN KEY (" + joined(foreignKey.columns(), name)
				+ ") REFERENCES " + name.apply(foreignKey.referencedTable().name()) + " ("
				+ joined(foreignKey.referencedColumns(), name) + ")"
				+ (foreignKey.deleteCascade() ? " ON DELETE CASCADE" : "");
	}

	private static String quoted(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	private static String joined(List<String> identifiers, Function<String, String> name) {
		return identifiers.stream().map(name).collect(Collectors.joining(", "));
	}

}
