package dev.schemabootstrap.drift;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.schemabootstrap.database.ColumnType;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.EntityMapping;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;

/**
 * What the comparisons share: the database, the expected model, how findings are named, and the column types
 * parsed so far (each distinct spelling once per run: thousands of columns share a few dozen types).
 */
record DriftContext(DatabaseKind kind, SchemaModel expected, Map<String, ColumnType> types) {

	DriftContext(DatabaseKind kind, SchemaModel expected) {
		this(kind, expected, new HashMap<>());
	}

	ColumnType type(String sqlType) {
		return types.computeIfAbsent(sqlType, (spelling) -> ColumnType.parse(spelling, kind));
	}

	Finding finding(Severity severity, String subject, String message, String hint) {
		return new Finding(FindingId.SCHEMA_DRIFT, severity, subject, message, hint);
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
		// Upper case folds 'ß' and 'SS' together, as databases that upper-case unquoted names do.
		return (name.schema() == null ? "" : name.schema().toUpperCase(Locale.ROOT)) + "."
				+ name.name().toUpperCase(Locale.ROOT);
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
