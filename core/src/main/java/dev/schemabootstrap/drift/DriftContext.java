package dev.schemabootstrap.drift;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.schemabootstrap.check.Finding;
import dev.schemabootstrap.check.Severity;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.EntityMapping;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;

/** What the comparisons share: the database, the expected model, and how findings are named. */
record DriftContext(DatabaseKind kind, SchemaModel expected) {

	Finding finding(Severity severity, String subject, String message, String hint) {
		return new Finding(DriftDetector.ID, severity, subject, message, hint);
	}

	/** A table's subject: the model's spelling for a table of the model, the database's for any other. */
	String subject(TableName name) {
		String schema = name.schema();
		return schema == null ? display(name.name()) : display(schema) + "." + display(name.name());
	}

	String subject(TableName table, String column) {
		return subject(table) + "." + display(column);
	}

	/** A subject for a key or index: the column when it has one, else the table. */
	String subject(TableName table, List<String> columns) {
		return columns.size() == 1 ? subject(table, columns.get(0)) : subject(table);
	}

	/** H2 upper-cases unquoted names; show them as they were most likely written. */
	String display(String identifier) {
		return kind.upperCaseIdentifiers() && identifier.equals(identifier.toUpperCase(Locale.ROOT))
				? identifier.toLowerCase(Locale.ROOT) : identifier;
	}

	static String key(TableName name) {
		return (name.schema() == null ? "" : name.schema().toLowerCase(Locale.ROOT)) + "."
				+ name.name().toLowerCase(Locale.ROOT);
	}

	static String columnList(List<String> columns) {
		return columns.stream().map((column) -> column.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
	}

	/** The entity mapped to a table, for hints: {@code entity Customer}. */
	String owner(Table table) {
		return expected.entities()
			.stream()
			.filter((entity) -> key(entity.table()).equals(key(table.name())))
			.map(EntityMapping::className)
			.map((className) -> "entity " + className.substring(className.lastIndexOf('.') + 1))
			.findFirst()
			.orElse("the entity mapped to " + table.name());
	}

}
