package dev.schemabootstrap.changelog;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import liquibase.change.Change;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.RawSQLChange;
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
 * as one {@code sql} change; so is a table with check constraints, which get table-level clauses too. Liquibase keeps a table's constraints in hash sets, so its own rendering of them would
 * come out in a different order from run to run. Every other table stays a plain createTable.
 */
final class SqliteTables {

	private static final SQLiteDatabase SQLITE = new SQLiteDatabase();

	private SqliteTables() {
	}

	/**
	 * @param foreignKeys every foreign key of the table, ordered by name
	 * @param checks every check constraint of the table, ordered by name: Liquibase's createTable has no place for
	 * them, so a table with checks is created by SQL too
	 */
	static Change createTable(CreateTableChange createTable, List<ForeignKey> foreignKeys,
			List<CheckConstraint> checks) {
		if (checks.isEmpty() && foreignKeys.stream().allMatch((foreignKey) -> foreignKey.columns().size() == 1)) {
			return createTable;
		}
		CreateTableStatement statement = (CreateTableStatement) createTable.generateStatements(SQLITE)[0];
		List<String> uniques = statement.getUniqueConstraints()
			.stream()
			.sorted(Comparator.comparing(UniqueConstraint::getConstraintName))
			.map((unique) -> "CONSTRAINT " + unique.getConstraintName() + " UNIQUE ("
					+ String.join(", ", unique.getColumns()) + ")")
			.toList();
		statement.getUniqueConstraints().clear();
		statement.getForeignKeyConstraints().clear();
		Sql[] sql = SqlGeneratorFactory.getInstance().generateSql(statement, SQLITE);
		String create = sql[0].toSql();
		int end = create.lastIndexOf(')');
		String constraints = Stream
			.of(uniques.stream(), foreignKeys.stream().map(SqliteTables::constraint), CheckChanges.inline(checks).stream())
			.flatMap((clauses) -> clauses)
			.collect(Collectors.joining(", "));
		RawSQLChange change = new RawSQLChange(create.substring(0, end) + ", " + constraints + create.substring(end));
		change.setDbms("sqlite");
		return change;
	}

	private static String constraint(ForeignKey foreignKey) {
		return "CONSTRAINT " + foreignKey.name() + " FOREIGN KEY (" + String.join(", ", foreignKey.columns())
				+ ") REFERENCES " + foreignKey.referencedTable().name() + " ("
				+ String.join(", ", foreignKey.referencedColumns()) + ")"
				+ (foreignKey.deleteCascade() ? " ON DELETE CASCADE" : "");
	}

}
