package dev.schemabootstrap.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.schemabootstrap.database.CatalogRows.ColumnRow;
import dev.schemabootstrap.database.CatalogRows.ForeignKeyRow;
import dev.schemabootstrap.database.CatalogRows.IndexRow;
import dev.schemabootstrap.database.CatalogRows.KeyRow;

/**
 * H2 2.x: each {@code INFORMATION_SCHEMA} view is read once, without joins, and joined here. H2 computes those
 * views on every access, so a join in SQL is quadratic (over 20 s for 1,000 tables, against some 50 ms for the
 * seven flat queries). H2's {@code DatabaseMetaData} refuses a {@code null} table name for keys and indexes.
 * Constraint names are unique per schema in H2, so keys are matched by schema and name.
 */
final class H2Catalog extends CatalogQueries {

	private static final String TABLES = """
			SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES
			WHERE TABLE_TYPE = 'BASE TABLE' AND LOWER(TABLE_SCHEMA) IN (%s)""";

	private static final String COLUMNS = """
			SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,
			  NUMERIC_PRECISION, NUMERIC_SCALE, IS_NULLABLE, DTD_IDENTIFIER
			FROM INFORMATION_SCHEMA.COLUMNS WHERE LOWER(TABLE_SCHEMA) IN (%s)""";

	/** The values of each native enum column, which {@code COLUMNS} names by type only. */
	private static final String ENUM_VALUES = """
			SELECT OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_NAME FROM INFORMATION_SCHEMA.ENUM_VALUES
			WHERE OBJECT_TYPE = 'TABLE' AND LOWER(OBJECT_SCHEMA) IN (%s) ORDER BY VALUE_ORDINAL""";

	/** The element type of each array column, which {@code COLUMNS} names {@code ARRAY} only. */
	private static final String ELEMENT_TYPES = """
			SELECT OBJECT_SCHEMA, OBJECT_NAME, COLLECTION_TYPE_IDENTIFIER, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,
			  NUMERIC_PRECISION, NUMERIC_SCALE
			FROM INFORMATION_SCHEMA.ELEMENT_TYPES WHERE OBJECT_TYPE = 'TABLE' AND LOWER(OBJECT_SCHEMA) IN (%s)""";

	private static final String INDEXES = """
			SELECT INDEX_SCHEMA, INDEX_NAME, INDEX_TYPE_NAME FROM INFORMATION_SCHEMA.INDEXES
			WHERE LOWER(TABLE_SCHEMA) IN (%s)""";

	private static final String INDEX_COLUMNS = """
			SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_SCHEMA, INDEX_NAME, COLUMN_NAME, ORDINAL_POSITION
			FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE LOWER(TABLE_SCHEMA) IN (%s)""";

	private static final String PRIMARY_KEYS = """
			SELECT INDEX_SCHEMA, INDEX_NAME, CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS
			WHERE CONSTRAINT_TYPE = 'PRIMARY KEY' AND LOWER(TABLE_SCHEMA) IN (%s)""";

	private static final String REFERENTIAL_CONSTRAINTS = """
			SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, UNIQUE_CONSTRAINT_SCHEMA, UNIQUE_CONSTRAINT_NAME, DELETE_RULE
			FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS""";

	private static final String KEY_COLUMNS = """
			SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION,
			  POSITION_IN_UNIQUE_CONSTRAINT
			FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE""";

	private record KeyColumn(String schema, String table, String column, int position, int referencedPosition) {
	}

	@Override
	CatalogRows read(Connection connection, List<String> schemas) throws SQLException {
		Set<String> tables = new HashSet<>(
				query(connection, TABLES, schemas, (row) -> row.getString(1) + "." + row.getString(2)));
		Map<String, List<String>> enumValues = new HashMap<>();
		query(connection, ENUM_VALUES, schemas, (row) -> enumValues
			.computeIfAbsent(row.getString(1) + "." + row.getString(2) + "." + row.getString(3),
					(key) -> new ArrayList<>())
			.add(row.getString(4)));
		Map<String, String> elementTypes = new HashMap<>();
		query(connection, ELEMENT_TYPES, schemas,
				(row) -> elementTypes.put(row.getString(1) + "." + row.getString(2) + "." + row.getString(3),
						typeText(row.getString(4), (Number) row.getObject(5), (Number) row.getObject(6),
								(Number) row.getObject(7))));
		List<ColumnRow> columns = query(connection, COLUMNS, schemas, (row) -> {
			String typeKey = row.getString(1) + "." + row.getString(2) + "." + row.getString(10);
			String type = switch (row.getString(5)) {
				case "ENUM" -> enumType(enumValues.get(typeKey));
				// An array without its element type would differ from every array the model declares.
				case "ARRAY" -> elementTypes.containsKey(typeKey) ? elementTypes.get(typeKey) + " array" : "array";
				default -> typeText(row.getString(5), (Number) row.getObject(6), (Number) row.getObject(7),
						(Number) row.getObject(8));
			};
			return new ColumnRow(row.getString(1), row.getString(2), row.getString(3), row.getInt(4), type,
					"YES".equals(row.getString(9)));
		})
			.stream()
			.filter((column) -> tables.contains(column.schema() + "." + column.table()))
			.toList();
		Map<String, String> indexTypes = new HashMap<>();
		query(connection, INDEXES, schemas, (row) -> indexTypes.put(row.getString(1) + "." + row.getString(2),
				row.getString(3)));
		Map<String, String> primaryKeyNames = new HashMap<>();
		query(connection, PRIMARY_KEYS, schemas,
				(row) -> primaryKeyNames.put(row.getString(1) + "." + row.getString(2), row.getString(3)));
		List<KeyRow> primaryKeys = new ArrayList<>();
		List<IndexRow> indexes = new ArrayList<>();
		query(connection, INDEX_COLUMNS, schemas, (row) -> {
			String index = row.getString(3) + "." + row.getString(4);
			String type = indexTypes.getOrDefault(index, "INDEX");
			if (type.equals("PRIMARY KEY")) {
				primaryKeys.add(new KeyRow(row.getString(1), row.getString(2),
						primaryKeyNames.getOrDefault(index, row.getString(4)), row.getString(5), row.getInt(6)));
			}
			else {
				indexes.add(new IndexRow(row.getString(1), row.getString(2), row.getString(4),
						type.startsWith("UNIQUE"), row.getString(5), row.getInt(6)));
			}
			return index;
		});
		return new CatalogRows(columns, primaryKeys, foreignKeys(connection, schemas), indexes);
	}

	/** {@code enum('A','B')}, as Hibernate declares it: a value added or removed is a change of type. */
	private static String enumType(List<String> values) {
		if (values == null) {
			return "enum";
		}
		return "enum(" + String.join(",", values.stream().map((value) -> "'" + value.replace("'", "''") + "'").toList())
				+ ")";
	}

	private static List<ForeignKeyRow> foreignKeys(Connection connection, List<String> schemas) throws SQLException {
		Map<String, List<KeyColumn>> keyColumns = new HashMap<>();
		query(connection, KEY_COLUMNS, List.of(), (row) -> keyColumns
			.computeIfAbsent(row.getString(1) + "." + row.getString(2), (key) -> new ArrayList<>())
			.add(new KeyColumn(row.getString(3), row.getString(4), row.getString(5), row.getInt(6), row.getInt(7))));
		List<ForeignKeyRow> foreignKeys = new ArrayList<>();
		query(connection, REFERENTIAL_CONSTRAINTS, List.of(), (row) -> {
			String name = row.getString(2);
			List<KeyColumn> columns = keyColumns.getOrDefault(row.getString(1) + "." + name, List.of());
			List<KeyColumn> referenced = keyColumns.getOrDefault(row.getString(3) + "." + row.getString(4),
					List.of());
			for (KeyColumn column : columns) {
				if (!schemas.contains(column.schema().toLowerCase(java.util.Locale.ROOT))) {
					continue;
				}
				KeyColumn target = referenced.stream()
					.filter((candidate) -> candidate.position() == column.referencedPosition())
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("No referenced column for " + name));
				foreignKeys.add(new ForeignKeyRow(column.schema(), column.table(), name, column.column(),
						column.position(), target.schema(), target.table(), target.column(),
						"CASCADE".equals(row.getString(5))));
			}
			return name;
		});
		return foreignKeys;
	}

}
