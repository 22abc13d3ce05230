package dev.schemabootstrap.changelog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.RenameColumnChange;
import liquibase.change.core.RenameTableChange;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;

import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.EvolutionPlanner;

/**
 * The tables and columns a changelog created from entities, read from its changesets in order: {@code createTable}
 * and {@code addColumn} of changesets Schema Bootstrap generated (author {@value ChangelogWriter#AUTHOR}) create,
 * {@code dropTable}, {@code dropColumn} and renames of any changeset follow. What hand-written changesets create (a
 * table for a scheduler lock, a column a trigger fills) or what {@code sql} changes do is never proposed for
 * dropping: only what was generated from an entity that is gone. A table is matched by name, and by schema when both
 * name one.
 */
public final class ChangelogObjects implements EvolutionPlanner.Origin {

	/** Table name (lower case) to its schema (lower case, "" for none) to its columns (lower case). */
	private final Map<String, Map<String, Set<String>>> tables = new HashMap<>();

	/** The logical paths of all its changesets: a new file of changesets must take another ({@link NextChangelog}). */
	private final Set<String> logicalPaths = new HashSet<>();

	private ChangelogObjects() {
	}

	public static ChangelogObjects of(DatabaseChangeLog changelog) {
		ChangelogObjects objects = new ChangelogObjects();
		for (ChangeSet changeSet : changelog.getChangeSets()) {
			boolean generated = ChangelogWriter.AUTHOR.equals(changeSet.getAuthor());
			objects.logicalPaths.add(String.valueOf(changeSet.getStoredFilePath()));
			for (Change change : changeSet.getChanges()) {
				objects.apply(change, generated);
			}
		}
		return objects;
	}

	/**
	 * Parses a changelog and its includes without a database.
	 * @param changelog its path as the accessor resolves it, for example {@code classpath:db/changelog/master.yaml}
	 */
	public static ChangelogObjects read(String changelog, ResourceAccessor resources) throws LiquibaseException {
		return of(ChangeLogParserFactory.getInstance()
			.getParser(changelog, resources)
			.parse(changelog, new ChangeLogParameters(), resources));
	}

	/** Nothing: no table or column is ever proposed for dropping. */
	public static ChangelogObjects none() {
		return new ChangelogObjects();
	}

	private void apply(Change change, boolean generated) {
		if (change instanceof CreateTableChange create && generated) {
			Set<String> columns = columns(create.getSchemaName(), create.getTableName(), true);
			create.getColumns().stream().map(ColumnConfig::getName).map(ChangelogObjects::lower).forEach(columns::add);
		}
		else if (change instanceof AddColumnChange add && generated) {
			Set<String> columns = columns(add.getSchemaName(), add.getTableName(), true);
			add.getColumns().stream().map(AddColumnConfig::getName).map(ChangelogObjects::lower).forEach(columns::add);
		}
		else if (change instanceof DropTableChange drop) {
			Map<String, Set<String>> schemas = tables.get(lower(drop.getTableName()));
			if (schemas != null) {
				schemas.remove(lower(drop.getSchemaName()));
			}
		}
		else if (change instanceof DropColumnChange drop) {
			Set<String> columns = columns(drop.getSchemaName(), drop.getTableName(), false);
			columns.remove(lower(drop.getColumnName()));
			drop.getColumns().stream().map(ColumnConfig::getName).map(ChangelogObjects::lower).forEach(columns::remove);
		}
		else if (change instanceof RenameColumnChange rename) {
			Set<String> columns = columns(rename.getSchemaName(), rename.getTableName(), false);
			if (columns.remove(lower(rename.getOldColumnName()))) {
				columns.add(lower(rename.getNewColumnName()));
			}
		}
		else if (change instanceof RenameTableChange rename) {
			Map<String, Set<String>> schemas = tables.get(lower(rename.getOldTableName()));
			@Nullable Set<String> columns = schemas == null ? null : schemas.remove(lower(rename.getSchemaName()));
			if (columns != null) {
				tables.computeIfAbsent(lower(rename.getNewTableName()), (name) -> new HashMap<>())
					.put(lower(rename.getSchemaName()), columns);
			}
		}
	}

	private Set<String> columns(@Nullable String schema, @Nullable String table, boolean create) {
		Map<String, Set<String>> schemas = tables.computeIfAbsent(lower(table), (name) -> new HashMap<>());
		return create ? schemas.computeIfAbsent(lower(schema), (name) -> new HashSet<>())
				: schemas.getOrDefault(lower(schema), new HashSet<>());
	}

	/** Whether a changeset of the changelog is recorded under this logical path. */
	public boolean usesLogicalPath(String logicalPath) {
		return logicalPaths.contains(logicalPath);
	}

	@Override
	public boolean createdTable(TableName table) {
		return find(table) != null;
	}

	@Override
	public boolean createdColumn(TableName table, String column) {
		Set<String> columns = find(table);
		return columns != null && columns.contains(lower(column));
	}

	private @Nullable Set<String> find(TableName table) {
		Map<String, Set<String>> schemas = tables.getOrDefault(lower(table.name()), Map.of());
		String schema = lower(table.schema());
		if (schemas.containsKey(schema)) {
			return schemas.get(schema);
		}
		// One side names no schema: the default one, as far as can be told.
		return schema.isEmpty() && schemas.size() == 1 ? schemas.values().iterator().next() : schemas.get("");
	}

	private static String lower(@Nullable String name) {
		return name == null ? "" : name.toLowerCase(Locale.ROOT);
	}

}
