package dev.schemabootstrap.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.NamedType;
import dev.schemabootstrap.model.Sequence;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;

/**
 * The order in which a schema is created: schemas, sequences, tables so that every foreign key points at a
 * table that already exists, then the foreign keys that close a cycle, then indexes. Immutable; a class rather
 * than a record only to keep the deferred keys indexed, since the changelog asks about every key.
 */
public final class CreationPlan {

	private final List<String> schemas;

	private final List<Sequence> sequences;

	private final List<Table> tables;

	private final List<NamedType> types;

	private final List<ForeignKey> deferredForeignKeys;

	private final List<ForeignKeyCycle> cycles;

	private final Set<ForeignKey> deferred;

	public CreationPlan(List<String> schemas, List<Sequence> sequences, List<Table> tables,
			List<ForeignKey> deferredForeignKeys, List<ForeignKeyCycle> cycles) {
		this(schemas, List.of(), sequences, tables, deferredForeignKeys, cycles);
	}

	public CreationPlan(List<String> schemas, List<NamedType> types, List<Sequence> sequences, List<Table> tables,
			List<ForeignKey> deferredForeignKeys, List<ForeignKeyCycle> cycles) {
		this.schemas = List.copyOf(schemas);
		this.types = List.copyOf(types);
		this.sequences = List.copyOf(sequences);
		this.tables = List.copyOf(tables);
		this.deferredForeignKeys = List.copyOf(deferredForeignKeys);
		this.cycles = List.copyOf(cycles);
		this.deferred = new HashSet<>(deferredForeignKeys);
	}

	public List<String> schemas() {
		return schemas;
	}

	/** The named types, created after the schemas and before the tables. */
	public List<NamedType> types() {
		return types;
	}

	public List<Sequence> sequences() {
		return sequences;
	}

	/** The tables in creation order. */
	public List<Table> tables() {
		return tables;
	}

	/** The keys added after all tables exist, because they close a cycle. */
	public List<ForeignKey> deferredForeignKeys() {
		return deferredForeignKeys;
	}

	public List<ForeignKeyCycle> cycles() {
		return cycles;
	}

	public List<TableName> tableOrder() {
		return tables.stream().map(Table::name).toList();
	}

	/** Whether the key is added after all tables exist rather than with its table. */
	public boolean isDeferred(ForeignKey foreignKey) {
		return deferred.contains(foreignKey);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CreationPlan plan && schemas.equals(plan.schemas) && types.equals(plan.types)
				&& sequences.equals(plan.sequences)
				&& tables.equals(plan.tables) && deferredForeignKeys.equals(plan.deferredForeignKeys)
				&& cycles.equals(plan.cycles);
	}

	@Override
	public int hashCode() {
		return Objects.hash(schemas, types, sequences, tables, deferredForeignKeys, cycles);
	}

	@Override
	public String toString() {
		return "CreationPlan[schemas=" + schemas + ", sequences=" + sequences + ", tables=" + tableOrder()
				+ ", deferredForeignKeys=" + deferredForeignKeys + ", cycles=" + cycles + "]";
	}

}
