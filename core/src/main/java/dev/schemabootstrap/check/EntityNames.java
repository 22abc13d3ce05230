package dev.schemabootstrap.check;

import java.util.stream.Collectors;

import dev.schemabootstrap.model.EntityMapping;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.TableName;

/** The entities behind a table, for hints that say where to change the mapping. */
final class EntityNames {

	private EntityNames() {
	}

	/** The entity names mapping the table ({@code Order} or {@code Order/LegacyOrder}), or the table's name. */
	static String of(SchemaModel model, TableName table) {
		String names = model.entities()
			.stream()
			.filter((entity) -> entity.table().equals(table))
			.map(EntityMapping::entityName)
			.distinct()
			.sorted()
			.collect(Collectors.joining("/"));
		return names.isEmpty() ? "the mapping of table " + table : names;
	}

}
