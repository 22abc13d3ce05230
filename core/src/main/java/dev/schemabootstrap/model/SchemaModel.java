package dev.schemabootstrap.model;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The database schema an entity model needs, for one dialect. Tables, sequences and entities are kept sorted
 * by name so that everything derived from the model is deterministic.
 *
 * @param dialect the Hibernate dialect the SQL types were resolved for
 * @param libraryTables tables, by name in lower case, that a library of the application creates itself with its own
 * schema script at startup (Spring Batch's {@code BATCH_*}, Spring Session's {@code SPRING_SESSION*}, ...): not the
 * model's, so a live schema read for this model leaves them out unless the model maps one; empty for a model read
 * from a database
 * @param types the database's own types the model's columns are declared with, created before the tables
 * ({@link NamedType}), sorted by name; empty for a model read from a database
 */
public record SchemaModel(String dialect, List<EntityMapping> entities, List<Table> tables,
		List<Sequence> sequences, Set<String> libraryTables, List<NamedType> types) {

	public SchemaModel {
		types = types.stream().sorted(Comparator.comparing(NamedType::name)).toList();
		entities = entities.stream().sorted(Comparator.comparing(EntityMapping::className)).toList();
		tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
		sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
		libraryTables = Collections.unmodifiableSortedSet(libraryTables.stream()
			.map((table) -> table.toLowerCase(Locale.ROOT))
			.collect(Collectors.toCollection(TreeSet::new)));
	}

	/** A model with no named types. */
	public SchemaModel(String dialect, List<EntityMapping> entities, List<Table> tables, List<Sequence> sequences,
			Set<String> libraryTables) {
		this(dialect, entities, tables, sequences, libraryTables, List.of());
	}

	/** A model with no library tables. */
	public SchemaModel(String dialect, List<EntityMapping> entities, List<Table> tables, List<Sequence> sequences) {
		this(dialect, entities, tables, sequences, Set.of());
	}

	/** The same model, with the tables the application's libraries create themselves. */
	public SchemaModel withLibraryTables(Collection<String> tables) {
		return new SchemaModel(dialect, entities, this.tables, sequences, Set.copyOf(tables), types);
	}

	/** The same model, with these named types. */
	public SchemaModel withTypes(List<NamedType> types) {
		return new SchemaModel(dialect, entities, tables, sequences, libraryTables, types);
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
