package dev.schemabootstrap.changelog.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.changelog.ChangeSet;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.database.ColumnType;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.DatabaseKind;

/**
 * {@code table-rewriting-type-change}: a column's type changed on a table that already exists ({@code modifyDataType},
 * or {@code ALTER ... TYPE} / {@code MODIFY} in a {@code sql} change) in a way that makes the database rewrite or copy
 * the whole table while it blocks writes.
 * <ul>
 * <li>PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (no reads, no writes) for every
 * change except the binary-compatible ones: a longer {@code varchar} or one without a length, {@code varchar} to
 * {@code text} and {@code text} to an unbounded {@code varchar}, more digits of a {@code numeric} with the same scale
 * or an unconstrained {@code numeric}. A {@code USING} expression other than a plain cast of the column always
 * rewrites.</li>
 * <li>MariaDB and MySQL (InnoDB) copy the table ({@code ALGORITHM=COPY}, writes blocked) for every change except a
 * longer {@code varchar} whose length prefix stays one byte or stays two bytes (at most 255 bytes before and after,
 * or 256 and more before), whatever the character set (1 to 4 bytes per character), which is done in place.</li>
 * </ul>
 * When the column's current type is unknown (the database was not read and the changelog does not declare it), a
 * change to a string or {@code numeric} type may be one of the free ones and is not reported; any other is.
 */
public final class TableRewritingTypeChangeRule implements MigrationRule {

	private static final Set<String> MAYBE_FREE_ON_POSTGRESQL = Set.of("varchar", "text", "numeric");

	@Override
	public String id() {
		return FindingId.TABLE_REWRITING_TYPE_CHANGE.id();
	}

	@Override
	public List<Finding> check(Change change, ChangeSet changeSet, MigrationContext context) {
		DatabaseKind database = context.database();
		if (database != DatabaseKind.POSTGRESQL && !database.isSchemaCatalog()) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		if (change instanceof ModifyDataTypeChange modify && modify.getNewDataType() != null) {
			check(changeSet, context, modify.getSchemaName(), modify.getTableName(), modify.getColumnName(),
					modify.getNewDataType(), false, findings);
		}
		else if (change instanceof AbstractSQLChange sql) {
			for (RawSql.Statement statement : RawSql.statements(sql.getSql())) {
				// PostgreSQL's syntax on PostgreSQL, MODIFY on MariaDB and MySQL: the other is not valid there anyway.
				if (statement instanceof RawSql.ColumnType type && type.modify() == database.isSchemaCatalog()) {
					check(changeSet, context, type.schema(), type.table(), type.column(), type.type(), type.using(),
							findings);
				}
			}
		}
		return findings;
	}

	private void check(ChangeSet changeSet, MigrationContext context, @Nullable String schema, String table,
			String column, String newType, boolean using, List<Finding> findings) {
		if (context.isNewTable(table)) {
			return;
		}
		ColumnType previous = context.previousType(schema, table, column);
		ColumnType next = context.declaredType(RawSql.withoutNullability(newType));
		boolean postgresql = context.database() == DatabaseKind.POSTGRESQL;
		boolean rewrites = using || (postgresql ? rewritesOnPostgresql(previous, next) : copiesOnMariadb(previous, next));
		if (!rewrites) {
			return;
		}
		String from = previous == null ? "" : " from " + previous;
		String what = postgresql
				? "PostgreSQL rewrites the whole table and its indexes under an ACCESS EXCLUSIVE lock: no reads or writes"
						+ " of " + table + " until it is done"
				: context.database().displayName() + " copies the whole table (ALGORITHM=COPY) and blocks writes to "
						+ table + " until it is done";
		findings.add(new Finding(FindingId.TABLE_REWRITING_TYPE_CHANGE, Severity.WARNING, MigrationContext.subject(schema, table, column),
				MigrationContext.describe(changeSet) + " changes the type of " + table + "." + column + from + " to "
						+ next + ": " + what,
				"On a table with many rows, change it in steps instead: add a new column of the new type, fill it in"
						+ " batches (and keep it in step with writes, from the application or a trigger), switch the"
						+ " application to it, then drop the old column" + (postgresql
								? ". Only a longer varchar, varchar to text, or more digits of a numeric with the same"
										+ " scale change no row on PostgreSQL"
								: ". Only a longer varchar whose length prefix keeps its size (at most 255 bytes before"
										+ " and after, or 256 bytes and more already, in any character set) is changed"
										+ " in place")));
	}

	/** Whether PostgreSQL rewrites the table: every change but the binary-compatible ones. */
	static boolean rewritesOnPostgresql(@Nullable ColumnType previous, ColumnType next) {
		if (previous == null) {
			return !MAYBE_FREE_ON_POSTGRESQL.contains(next.name());
		}
		if (previous.equals(next)) {
			return false;
		}
		String from = previous.name();
		String to = next.name();
		if (from.equals("varchar") && to.equals("varchar")) {
			return next.length() != null && (previous.length() == null || next.length() < previous.length());
		}
		if (from.equals("varchar") && to.equals("text")) {
			return false;
		}
		if (from.equals("text") && to.equals("varchar")) {
			return next.length() != null;
		}
		if (from.equals("numeric") && to.equals("numeric")) {
			if (next.length() == null) {
				return false;
			}
			return previous.length() == null || next.length() < previous.length()
					|| !Objects.equals(next.scale(), previous.scale());
		}
		return true;
	}

	/**
	 * Whether MariaDB or MySQL copy the table: every change but a longer varchar that keeps the size of its length
	 * prefix in every character set of 1 to 4 bytes per character.
	 */
	static boolean copiesOnMariadb(@Nullable ColumnType previous, ColumnType next) {
		if (previous == null) {
			return !next.name().equals("varchar");
		}
		if (previous.equals(next)) {
			return false;
		}
		if (!previous.name().equals("varchar") || !next.name().equals("varchar") || previous.length() == null
				|| next.length() == null || next.length() < previous.length()) {
			return true;
		}
		for (int bytesPerCharacter = 1; bytesPerCharacter <= 4; bytesPerCharacter++) {
			if (previous.length() * bytesPerCharacter <= 255 && next.length() * bytesPerCharacter > 255) {
				return true;
			}
		}
		return false;
	}

}
