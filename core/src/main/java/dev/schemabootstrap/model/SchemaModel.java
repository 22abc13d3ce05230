package dev.schemabootstrap.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The database schema an entity model needs, for one dialect. Tables, sequences and entities are kept sorted
 * by name so that everything derived from the model is deterministic.
 *
 * @param dialect the Hibernate dialect the SQL types were resolved for
 */
public record SchemaModel(String dialect, List<EntityMapping> entities, List<Table> tables,
		List<Sequence> sequences) {

	public SchemaModel {
		entities = entities.stream().sorted(Comparator.comparing(EntityMapping::className)).toList();
		tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
		sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
	}

	/** The named schemas the model uses; the default schema is not listed. */
	public SortedSet<String> schemas() {
		SortedSet<String> schemas = new TreeSet<>();
		tables.forEach((table) -> addIfPresent(schemas, table.name().schema()));
		sequences.forEach((sequence) -> addIfPresent(schemas, sequence.name().schema()));
		return schemas;
	}

	public Optional<Table> table(TableName name) {
		return Optional.ofNullable(tablesByName().get(name));
	}

	public Map<TableName, Table> tablesByName() {
		return tables.stream().collect(Collectors.toMap(Table::name, Function.identity()));
	}

	private static void addIfPresent(SortedSet<String> schemas, String schema) {
		if (schema != null) {
			schemas.add(schema);
		}
	}

}
