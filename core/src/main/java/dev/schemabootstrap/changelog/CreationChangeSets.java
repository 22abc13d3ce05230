package dev.schemabootstrap.changelog;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import liquibase.change.Change;
import liquibase.change.core.CreateSequenceChange;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeSet;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.NamedType;
import dev.schemabootstrap.model.Sequence;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.plan.CreationPlan;

/**
 * The changesets that create the model from nothing, one per object, by stage of the plan, in order: schemas,
 * named types ({@link NamedType}, PostgreSQL's enum types), sequences, tables (each with its keys and constraints,
 * {@link TableChanges}), the foreign keys that close a cycle, each table's indexes, each table's check constraints
 * ({@link CheckChanges}; inline in the tables on SQLite). Ids name the object they create, so they stay stable as
 * the model grows.
 */
final class CreationChangeSets {

	private CreationChangeSets() {
	}

	/** Each stage's changesets, under the id of its changeset in {@link ChangeSetGrouping#PER_STAGE}, in order. */
	static Map<String, List<ChangeSet>> byStage(CreationPlan plan, DatabaseKind database,
			ChangeSetFactory changeSets) {
		List<ChangeSet> schemas = new ArrayList<>();
		for (String schema : database.supportsSchemas() ? plan.schemas() : List.<String>of()) {
			schemas.addAll(changeSets.changeSets("schema-" + schema,
					(names) -> List.of(new RawSQLChange(createSchema(schema, database)))));
		}
		List<ChangeSet> types = new ArrayList<>();
		for (NamedType type : plan.types()) {
			types.addAll(changeSets.changeSets("type-" + type.name(), (names) -> createType(type, database)));
		}
		List<ChangeSet> sequences = new ArrayList<>();
		for (Sequence sequence : plan.sequences()) {
			sequences.addAll(changeSets.changeSets("sequence-" + sequence.name(),
					(names) -> List.of(createSequence(sequence))));
		}
		List<ChangeSet> tables = new ArrayList<>();
		for (Table table : plan.tables()) {
			tables.addAll(changeSets.changeSets("table-" + table.name(),
					(names) -> TableChanges.create(table, plan, database, names)));
		}
		List<ChangeSet> cycleKeys = new ArrayList<>();
		for (ForeignKey foreignKey : database.supportsAlterTableConstraints() ? plan.deferredForeignKeys()
				: List.<ForeignKey>of()) {
			cycleKeys.addAll(changeSets.changeSets("foreign-key-" + foreignKey.table() + "-" + foreignKey.name(),
					(names) -> List.of(TableChanges.addForeignKey(foreignKey, names))));
		}
		List<ChangeSet> indexes = new ArrayList<>();
		for (Table table : plan.tables()) {
			if (!table.indexes().isEmpty()) {
				indexes.addAll(changeSets.changeSets("indexes-" + table.name(),
						(names) -> TableChanges.createIndexes(table, names)));
			}
		}
		// Checks in changesets of their own: a table's changeset that an earlier version wrote stays the same.
		List<ChangeSet> checks = new ArrayList<>();
		for (Table table : database.supportsAlterTableConstraints() ? plan.tables() : List.<Table>of()) {
			if (!table.checks().isEmpty()) {
				checks.addAll(changeSets.changeSets("checks-" + table.name(), (names) -> table.checks()
					.stream()
					.map((check) -> CheckChanges.add(table.name(), check, names))
					.toList()));
			}
		}
		Map<String, List<ChangeSet>> stages = new LinkedHashMap<>();
		stages.put("schemas", schemas);
		if (!types.isEmpty()) {
			// Only where the model has any: the stages of every other model stay as they were.
			stages.put("types", types);
		}
		stages.put("sequences", sequences);
		stages.put("tables", tables);
		stages.put("foreign-keys-closing-cycles", cycleKeys);
		stages.put("indexes", indexes);
		stages.put("checks", checks);
		return stages;
	}

	/**
	 * The statements that create a named type. On PostgreSQL, which has no {@code create type if not exists}, each
	 * one does nothing where the type exists already: a new table of an evolution may use a type an earlier
	 * changelog created.
	 */
	private static List<Change> createType(NamedType type, DatabaseKind database) {
		List<Change> changes = new ArrayList<>();
		for (String statement : type.createStatements()) {
			RawSQLChange change = new RawSQLChange(database == DatabaseKind.POSTGRESQL
					? "DO $$ BEGIN " + statement + "; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
					: statement);
			change.setSplitStatements(false);
			changes.add(change);
		}
		return changes;
	}

	/** On MySQL and MariaDB a schema is a database: it gets the full Unicode character set, as its tables do. */
	private static String createSchema(String schema, DatabaseKind database) {
		return "CREATE SCHEMA IF NOT EXISTS " + schema
				+ (database.isSchemaCatalog() ? " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" : "");
	}

	private static CreateSequenceChange createSequence(Sequence sequence) {
		CreateSequenceChange change = new CreateSequenceChange();
		change.setSchemaName(sequence.name().schema());
		change.setSequenceName(sequence.name().name());
		change.setStartValue(BigInteger.valueOf(sequence.startValue()));
		change.setIncrementBy(BigInteger.valueOf(sequence.incrementBy()));
		return change;
	}

}
