package dev.schemabootstrap.changelog.lint;

import java.util.ArrayList;
import java.util.List;

import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.changelog.ChangeSet;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.DatabaseKind;

/**
 * {@code unsafe-not-null}: NOT NULL added to a column of a table that already exists ({@code addNotNullConstraint}, or
 * PostgreSQL's {@code ALTER ... SET NOT NULL} in a {@code sql} change). PostgreSQL checks every row under an ACCESS
 * EXCLUSIVE lock, unless a valid {@code CHECK (column IS NOT NULL)} already proves it; MariaDB and MySQL rebuild the
 * table. Both refuse it while a row holds NULL. A column of a table created in the same run is not reported. The
 * column may be one a changeset before added (nullable, then filled): the check of the rows is the same.
 */
public final class UnsafeNotNullRule implements MigrationRule {

	@Override
	public String id() {
		return FindingId.UNSAFE_NOT_NULL.id();
	}

	@Override
	public List<Finding> check(Change change, ChangeSet changeSet, MigrationContext context) {
		DatabaseKind database = context.database();
		if (database != DatabaseKind.POSTGRESQL && !database.isSchemaCatalog()) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		if (change instanceof AddNotNullConstraintChange notNull && !context.isNewTable(notNull.getTableName())) {
			findings.add(finding(changeSet, context, notNull.getSchemaName(), notNull.getTableName(),
					notNull.getColumnName(), notNull.getDefaultNullValue()));
		}
		else if (change instanceof AbstractSQLChange sql && database == DatabaseKind.POSTGRESQL) {
			for (RawSql.Statement statement : RawSql.statements(sql.getSql())) {
				if (statement instanceof RawSql.SetNotNull notNull && !context.isNewTable(notNull.table())) {
					findings.add(finding(changeSet, context, notNull.schema(), notNull.table(), notNull.column(), null));
				}
			}
		}
		return findings;
	}

	private static Finding finding(ChangeSet changeSet, MigrationContext context, @Nullable String schema, String table,
			String column, @Nullable String defaultNullValue) {
		String filled = defaultNullValue == null ? ""
				: " Its defaultNullValue first updates every NULL row in one statement, in the same transaction.";
		String subject = MigrationContext.subject(schema, table, column);
		if (context.database() == DatabaseKind.POSTGRESQL) {
			String check = table + "_" + column + "_not_null";
			return new Finding(FindingId.UNSAFE_NOT_NULL, Severity.WARNING, subject,
					MigrationContext.describe(changeSet) + " adds NOT NULL to " + table + "." + column
							+ ", a column that exists already: PostgreSQL reads every row of " + table + " to check it,"
							+ " under an ACCESS EXCLUSIVE lock (no reads or writes), and refuses it if one holds NULL."
							+ filled,
					"On a table with many rows: fill the NULLs first, in batches; then ALTER TABLE " + table
							+ " ADD CONSTRAINT " + check + " CHECK (" + column + " IS NOT NULL) NOT VALID (a brief"
							+ " lock); then ALTER TABLE " + table + " VALIDATE CONSTRAINT " + check
							+ " (reads and writes go on); then the addNotNullConstraint, which PostgreSQL 12 and newer"
							+ " prove from the valid check without reading the rows; then drop the check");
		}
		return new Finding(FindingId.UNSAFE_NOT_NULL, Severity.WARNING, subject,
				MigrationContext.describe(changeSet) + " adds NOT NULL to " + table + "." + column
						+ ", a column that exists already: " + context.database().displayName() + " rebuilds the whole"
						+ " table to do it, and refuses it while a row holds NULL (outside strict mode it turns each"
						+ " NULL into 0 or '' instead)." + filled,
				"Fill the NULLs first, in batches (update changesets before it, or from the application), and apply it"
						+ " when a rebuild of " + table + " is acceptable: it takes as long as copying the table");
	}

}
