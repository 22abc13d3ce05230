package dev.schemabootstrap.benchmarks.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dev.schemabootstrap.benchmarks.model.EntitySourceGenerator.Reference;

/**
 * One generated entity: its id, basic columns, keys, indexes and unique constraints, drawn from a seeded random.
 *
 * @param uniqueCodeInline whether the {@code code} column (when present) is unique by {@code @Column(unique)}
 * rather than a named {@code @UniqueConstraint}
 * @param compositeUnique a unique constraint on (a basic column, the first key's column), or empty
 * @param indexes each index's columns; the name is derived from them
 */
record EntitySpec(int index, String schema, IdKind id, boolean versioned, List<BasicColumn> basics,
		List<Reference> references, boolean uniqueCodeInline, List<String> compositeUnique, List<List<String>> indexes) {

	enum IdKind {

		IDENTITY, SEQUENCE, UUID

	}

	/** A basic attribute: its column, Java type and the attributes of its {@code @Column}. */
	record BasicColumn(String column, String javaType, String columnAttributes, String extraAnnotation) {

		String field() {
			StringBuilder field = new StringBuilder();
			boolean upper = false;
			for (char c : column.toCharArray()) {
				if (c == '_') {
					upper = true;
				}
				else {
					field.append(upper ? Character.toUpperCase(c) : c);
					upper = false;
				}
			}
			return field.toString();
		}

	}

	private static final List<BasicColumn> VOCABULARY = List.of(
			new BasicColumn("code", "String", "nullable = false, length = 32", null),
			new BasicColumn("title", "String", "nullable = false, length = 120", null),
			new BasicColumn("description", "String", "length = 1000", null),
			new BasicColumn("external_ref", "String", "length = 64", null),
			new BasicColumn("amount", "java.math.BigDecimal", "precision = 12, scale = 2", null),
			new BasicColumn("quantity", "Integer", "", null),
			new BasicColumn("unit_price", "java.math.BigDecimal", "nullable = false, precision = 12, scale = 2", null),
			new BasicColumn("weight_kg", "Double", "", null),
			new BasicColumn("active", "boolean", "nullable = false", null),
			new BasicColumn("created_at", "java.time.Instant", "nullable = false", null),
			new BasicColumn("updated_at", "java.time.Instant", "", null),
			new BasicColumn("due_date", "java.time.LocalDate", "", null),
			new BasicColumn("valid_from", "java.time.LocalDate", "", null),
			new BasicColumn("note", "String", "length = 500", null),
			new BasicColumn("email", "String", "length = 254", null),
			new BasicColumn("phone", "String", "length = 32", null),
			new BasicColumn("status", "Status", "nullable = false, length = 16", "@Enumerated(EnumType.STRING)"),
			new BasicColumn("priority", "Integer", "", null), new BasicColumn("sku", "String", "length = 40", null),
			new BasicColumn("currency", "String", "length = 3", null),
			new BasicColumn("tax_rate", "java.math.BigDecimal", "precision = 5, scale = 4", null),
			new BasicColumn("label", "String", "length = 80", null));

	static EntitySpec random(int index, String schema, List<Reference> references, Random random) {
		int draw = random.nextInt(100);
		IdKind id = draw < 25 ? IdKind.UUID : draw < 35 ? IdKind.SEQUENCE : IdKind.IDENTITY;
		boolean versioned = random.nextInt(10) < 3;
		List<BasicColumn> shuffled = new ArrayList<>(VOCABULARY);
		Collections.shuffle(shuffled, random);
		List<BasicColumn> basics = List.copyOf(shuffled.subList(0, 3 + random.nextInt(Math.max(1, 7 - references.size()))));
		boolean uniqueCodeInline = random.nextInt(10) < 7;
		// Columns free for indexes: neither code (unique already) nor a column that leads the composite unique.
		List<String> free = new ArrayList<>(basics.stream().map(BasicColumn::column).filter((c) -> !c.equals("code")).toList());
		String firstKeyColumn = references.isEmpty() ? null : keyColumn(index, references.get(0));
		List<String> compositeUnique = List.of();
		if (firstKeyColumn != null && !free.isEmpty() && random.nextInt(100) < 15) {
			compositeUnique = List.of(free.remove(0), firstKeyColumn);
		}
		List<List<String>> indexes = new ArrayList<>();
		if (!free.isEmpty() && random.nextInt(2) == 0) {
			indexes.add(List.of(free.remove(0)));
		}
		if (free.size() >= 2 && random.nextInt(100) < 15) {
			indexes.add(List.of(free.remove(0), free.remove(0)));
		}
		if (firstKeyColumn != null && random.nextInt(10) < 3) {
			indexes.add(List.of(firstKeyColumn));
		}
		return new EntitySpec(index, schema, id, versioned, basics, List.copyOf(references), uniqueCodeInline,
				compositeUnique, List.copyOf(indexes));
	}

	/** The join column of a key: {@code parent_id} for a self-reference, else the target's table name + _id. */
	static String keyColumn(int owner, Reference reference) {
		return reference.target() == owner ? "parent_id" : snake(EntitySourceGenerator.simpleName(reference.target())) + "_id";
	}

	static String keyField(int owner, Reference reference) {
		if (reference.target() == owner) {
			return "parent";
		}
		String name = EntitySourceGenerator.simpleName(reference.target());
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	/** {@code InvoiceLine0042} as {@code invoice_line0042}, the way Spring Boot's naming strategy writes it. */
	static String snake(String name) {
		StringBuilder snake = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c) && i > 0) {
				snake.append('_');
			}
			snake.append(Character.toLowerCase(c));
		}
		return snake.toString();
	}

	String tableName() {
		return snake(EntitySourceGenerator.simpleName(index));
	}

	boolean hasCode() {
		return basics.stream().anyMatch((basic) -> basic.column().equals("code"));
	}

}
