package dev.schemabootstrap.check;

import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.schemabootstrap.model.EntityMapping;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.TableName;

/** The entities behind a table, for hints that say where to change the mapping. */
final class EntityNames {

	private final Map<TableName, String> names;

	private EntityNames(Map<TableName, String> names) {
		this.names = names;
	}

	/** An index of the model's entity names by table, built once per check run. */
	static EntityNames index(SchemaModel model) {
		Map<TableName, String> names = model.entities()
			.stream()
			.collect(Collectors.groupingBy(EntityMapping::table, Collectors.mapping(EntityMapping::entityName,
					Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new), (set) -> String.join("/", set)))));
		return new EntityNames(names);
	}

	/** The entity names mapping the table ({@code Order} or {@code Order/LegacyOrder}), or the table's name. */
	String of(TableName table) {
		return names.getOrDefault(table, "the mapping of table " + table);
	}

}
