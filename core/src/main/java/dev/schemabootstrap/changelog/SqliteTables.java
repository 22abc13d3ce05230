package dev.schemabootstrap.changelog;

import java.util.List;
import java.util.stream.Collectors;

import liquibase.change.Change;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.RawSQLChange;
import liquibase.database.core.SQLiteDatabase;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

import dev.schemabootstrap.model.ForeignKey;

/**
 * SQLite cannot add a constraint to a table that exists, and Liquibase's createTable declares foreign keys on
 * single columns only. A table with a foreign key over several columns is therefore created by the SQL Liquibase
 * itself generates for SQLite, completed with the table-level {@code FOREIGN KEY (a, b) REFERENCES t (x, y)}
 * clauses, as one {@code sql} change. Every other table stays a plain createTable.
 */
final class SqliteTables {

	private static final SQLiteDatabase SQLITE = new SQLiteDatabase();

	private SqliteTables() {
	}

	static Change createTable(CreateTableChange createTable, List<ForeignKey> tableLevelKeys) {
		if (tableLevelKeys.isEmpty()) {
			return createTable;
		}
		SqlStatement[] statements = createTable.generateStatements(SQLITE);
		Sql[] sql = SqlGeneratorFactory.getInstance().generateSql(statements[0], SQLITE);
		String create = sql[0].toSql();
		int end = create.lastIndexOf(')');
		String constraints = tableLevelKeys.stream().map(SqliteTables::constraint).collect(Collectors.joining(", "));
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
