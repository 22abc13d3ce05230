package dev.schemabootstrap.plan;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Sequence;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;

/**
 * The order in which a schema is created: schemas, sequences, tables so that every foreign key points at a
 * table that already exists, then the foreign keys that close a cycle, then indexes.
 */
public record CreationPlan(List<String> schemas, List<Sequence> sequences, List<Table> tables,
		List<ForeignKey> deferredForeignKeys, List<ForeignKeyCycle> cycles) {

	public CreationPlan {
		schemas = List.copyOf(schemas);
		sequences = List.copyOf(sequences);
		tables = List.copyOf(tables);
		deferredForeignKeys = List.copyOf(deferredForeignKeys);
		cycles = List.copyOf(cycles);
	}

	public List<TableName> tableOrder() {
		return tables.stream().map(Table::name).toList();
	}

	/** Whether the key is added after all tables exist rather than with its table. */
	public boolean isDeferred(ForeignKey foreignKey) {
		return deferredNames().contains(foreignKey.table() + "/" + foreignKey.name());
	}

	private Set<String> deferredNames() {
		return deferredForeignKeys.stream()
			.map((foreignKey) -> foreignKey.table() + "/" + foreignKey.name())
			.collect(Collectors.toSet());
	}

}
