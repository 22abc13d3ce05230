package dev.schemabootstrap.migration;

import java.util.List;

import liquibase.database.Database;
import liquibase.exception.DatabaseException;

import org.jspecify.annotations.Nullable;

/**
 * Where Liquibase keeps its tables and which changesets it runs: the settings of the migration that the stages
 * around it must share, or they would look at another history table, or count another context's changesets as
 * pending.
 *
 * @param changeLogTable the history table ({@code DATABASECHANGELOG})
 * @param lockTable the lock table ({@code DATABASECHANGELOGLOCK})
 * @param liquibaseSchema the schema of those two tables, or {@code null} for the default one
 * @param defaultSchema the schema changesets run in, or {@code null} for the connection's
 * @param contexts the contexts Liquibase runs with; empty for all
 * @param labelFilter the label expressions Liquibase runs with; empty for all
 */
public record LiquibaseSettings(String changeLogTable, String lockTable, @Nullable String liquibaseSchema,
		@Nullable String defaultSchema, List<String> contexts, List<String> labelFilter) {

	/** Liquibase's own defaults. */
	public static final LiquibaseSettings DEFAULTS = new LiquibaseSettings("DATABASECHANGELOG",
			"DATABASECHANGELOGLOCK", null, null, List.of(), List.of());

	public LiquibaseSettings {
		contexts = List.copyOf(contexts);
		labelFilter = List.copyOf(labelFilter);
	}

	/** Gives Liquibase's view of a database these table names and schemas, as the migration has them. */
	public Database applyTo(Database database) throws DatabaseException {
		database.setDatabaseChangeLogTableName(changeLogTable);
		database.setDatabaseChangeLogLockTableName(lockTable);
		if (liquibaseSchema != null) {
			database.setLiquibaseSchemaName(liquibaseSchema);
		}
		if (defaultSchema != null) {
			database.setDefaultSchemaName(defaultSchema);
		}
		return database;
	}

}
