package dev.schemabootstrap.changelog;

import java.util.List;

import liquibase.change.Change;
import liquibase.change.core.RawSQLChange;

import dev.schemabootstrap.model.ShortHash;
import dev.schemabootstrap.model.CheckConstraint;
import dev.schemabootstrap.model.TableName;

/**
 * The check constraints of a table as Liquibase changes, in a changeset of their own after the tables
 * ({@code checks-<table>}) so that a table's changeset stays what an earlier version wrote. Liquibase's open-source line has no change type for a
 * check, so each is a {@code sql} change of standard SQL, {@code ALTER TABLE t ADD CONSTRAINT n CHECK (...)}, which
 * H2, PostgreSQL, MariaDB, MySQL, Oracle and SQL Server all run as written; no {@code dbms} is set, so that the
 * embedded H2 database a changelog is replayed on to learn what it builds gets the same checks. SQLite, which
 * cannot add a constraint to a table, gets them inline in its create table instead ({@link SqliteTables}).
 */
final class CheckChanges {

	private CheckChanges() {
	}

	static Change add(TableName table, CheckConstraint check, ChangeSetNames names) {
		return sql("ALTER TABLE " + table(table, names) + " ADD CONSTRAINT " + names.constraint(check.name())
				+ " CHECK (" + check.condition() + ")");
	}

	/** Drops a check by the name the database keeps, to add it again with new values: no row is touched. */
	static Change drop(TableName table, CheckConstraint check, ChangeSetNames names) {
		return sql("ALTER TABLE " + table(table, names) + " DROP CONSTRAINT " + names.constraint(check.name()));
	}

	/** A short hash of a check's condition, for the id of a changeset that adds or replaces it. */
	static String hash(CheckConstraint check) {
		return ShortHash.of(check.condition(), 4);
	}

	/** The table-level clauses SQLite's create table ends with, ordered by name. */
	static List<String> inline(List<CheckConstraint> checks) {
		return checks.stream()
			.map((check) -> "CONSTRAINT " + check.name() + " CHECK (" + check.condition() + ")")
			.toList();
	}

	/** In a changeset that quotes all names (H2, see {@link ChangeSetNames}), the SQL quotes them too. */
	private static String table(TableName table, ChangeSetNames names) {
		String schema = names.schema(table);
		String name = names.table(table);
		if (names.quotesAll()) {
			return (schema != null ? quote(schema) + "." : "") + quote(name);
		}
		return (schema != null ? schema + "." : "") + name;
	}

	private static String quote(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

	private static RawSQLChange sql(String sql) {
		RawSQLChange change = new RawSQLChange(sql);
		change.setSplitStatements(false);
		return change;
	}

}
