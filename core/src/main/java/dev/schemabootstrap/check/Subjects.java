package dev.schemabootstrap.check;

import java.util.List;
import java.util.Map;

import dev.schemabootstrap.model.ColumnMapping;
import dev.schemabootstrap.model.ColumnRef;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.TableName;

/** How findings name what they are about, and the attributes behind a column. */
final class Subjects {

	private final Map<String, List<ColumnMapping>> columnsByKey;

	Subjects(MappingModel mapping) {
		this.columnsByKey = mapping.columnsByKey();
	}

	static String column(TableName table, String column) {
		return new ColumnRef(table, column).toString();
	}

	/** {@code " (Entity.attribute)"} for the attributes mapping the column, or nothing when unknown. */
	String mappedBy(ColumnRef column) {
		List<String> attributes = MappingModel.attributes(columnsByKey, column);
		return attributes.isEmpty() ? "" : " (" + String.join(", ", attributes) + ")";
	}

	/** {@code Entity.attribute} of the attributes mapping the column, or the fallback when unknown. */
	String attributes(ColumnRef column, String fallback) {
		List<String> attributes = MappingModel.attributes(columnsByKey, column);
		return attributes.isEmpty() ? fallback : String.join(", ", attributes);
	}

	String mappedBy(TableName table, List<String> columns) {
		return columns.size() == 1 ? mappedBy(new ColumnRef(table, columns.get(0))) : "";
	}

	static String simpleName(String className) {
		return className.substring(className.lastIndexOf('.') + 1);
	}

	static String columns(List<String> columns) {
		return "(" + String.join(", ", columns) + ")";
	}

}
