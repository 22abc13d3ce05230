package dev.schemabootstrap.changelog.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import liquibase.change.AbstractSQLChange;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.changelog.ChangeSet;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.DatabaseKind;

/**
 * {@code unsafe-index-creation}: on PostgreSQL, an index built without {@code CONCURRENTLY} on a table that already
 * exists ({@code createIndex}, {@code addUniqueConstraint}, or {@code CREATE INDEX} / {@code ADD ... UNIQUE} in a
 * {@code sql} change) holds a lock that blocks every insert, update and delete on the table until the index is built.
 * An index on a table created in the same run is built before any row exists, and is not reported. MariaDB and MySQL
 * (InnoDB) build indexes online, letting writes through: not reported there.
 */
public final class UnsafeIndexCreationRule implements MigrationRule {

	@Override
	public String id() {
		return FindingId.UNSAFE_INDEX_CREATION.id();
	}

	@Override
	public List<Finding> check(Change change, ChangeSet changeSet, MigrationContext context) {
		if (context.database() != DatabaseKind.POSTGRESQL) {
			return List.of();
		}
		if (change instanceof CreateIndexChange index && !context.isNewTable(index.getTableName())) {
			String columns = index.getColumns().stream().map(AddColumnConfig::getName).collect(Collectors.joining(", "));
			return List.of(index(changeSet, index.getSchemaName(), index.getTableName(), index.getIndexName(),
					"CREATE " + (Boolean.TRUE.equals(index.isUnique()) ? "UNIQUE " : "") + "INDEX CONCURRENTLY "
							+ name(index.getIndexName(), index.getTableName()) + " ON "
							+ qualified(index.getSchemaName(), index.getTableName()) + " (" + columns + ")"));
		}
		if (change instanceof AddUniqueConstraintChange unique && !context.isNewTable(unique.getTableName())) {
			return List.of(unique(changeSet, unique.getSchemaName(), unique.getTableName(),
					unique.getConstraintName(), unique.getColumnNames()));
		}
		if (change instanceof AbstractSQLChange sql) {
			List<Finding> findings = new ArrayList<>();
			for (RawSql.Statement statement : RawSql.statements(sql.getSql())) {
				if (statement instanceof RawSql.CreateIndex index && !index.concurrently()
						&& !context.isNewTable(index.table())) {
					findings.add(index(changeSet, index.schema(), index.table(), index.name(),
							index.sql().replaceFirst("(?i)\\bindex\\s+", "INDEX CONCURRENTLY ")));
				}
				else if (statement instanceof RawSql.AddUnique unique && !context.isNewTable(unique.table())) {
					findings.add(unique(changeSet, unique.schema(), unique.table(), unique.name(), unique.columns()));
				}
			}
			return findings;
		}
		return List.of();
	}

	private static Finding index(ChangeSet changeSet, @Nullable String schema, String table, @Nullable String name,
			String concurrently) {
		return new Finding(FindingId.UNSAFE_INDEX_CREATION, Severity.WARNING, MigrationContext.subject(schema, table, name),
				MigrationContext.describe(changeSet) + " creates index " + (name == null ? "" : name + " ") + "on "
						+ table + ", a table that exists already, without CONCURRENTLY: PostgreSQL blocks every"
						+ " insert, update and delete on " + table + " until the index is built, minutes on a large"
						+ " table",
				"Build it in a changeset of its own with runInTransaction: false and a sql change: " + concurrently
						+ ". It lets writes through while it builds; if it fails it leaves an INVALID index behind:"
						+ " drop it (DROP INDEX CONCURRENTLY ...) and run the changeset again");
	}

	private static Finding unique(ChangeSet changeSet, @Nullable String schema, String table, @Nullable String name,
			@Nullable String columns) {
		String constraint = name(name, table);
		return new Finding(FindingId.UNSAFE_INDEX_CREATION, Severity.WARNING, MigrationContext.subject(schema, table, name),
				MigrationContext.describe(changeSet) + " adds unique constraint " + constraint + " to " + table
						+ ", a table that exists already: PostgreSQL builds its index while it blocks every insert,"
						+ " update and delete on " + table,
				"Build the index first, in a changeset of its own with runInTransaction: false: CREATE UNIQUE INDEX"
						+ " CONCURRENTLY " + constraint + " ON " + qualified(schema, table) + " (" + columns + "); then,"
						+ " in the next changeset, ALTER TABLE " + qualified(schema, table) + " ADD CONSTRAINT " + constraint + " UNIQUE USING INDEX "
						+ constraint + ", which takes only a brief lock");
	}

	private static String qualified(@Nullable String schema, String table) {
		return schema == null ? table : schema + "." + table;
	}

	private static String name(@Nullable String name, String table) {
		return name != null ? name : table + "_idx";
	}

}
