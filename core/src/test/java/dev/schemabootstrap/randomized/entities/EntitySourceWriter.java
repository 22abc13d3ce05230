package dev.schemabootstrap.randomized.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import dev.schemabootstrap.randomized.entities.EntitySpec.Basic;
import dev.schemabootstrap.randomized.entities.EntitySpec.NamedColumns;
import dev.schemabootstrap.randomized.entities.EntitySpec.Reference;

/** The Java source of one {@link EntitySpec}: field access, every name explicit, a composite key as a nested class. */
final class EntitySourceWriter {

	private final String packageName;

	private final EntitySpec entity;

	private final IntFunction<EntitySpec> entities;

	private final StringBuilder out = new StringBuilder();

	EntitySourceWriter(String packageName, EntitySpec entity, IntFunction<EntitySpec> entities) {
		this.packageName = packageName;
		this.entity = entity;
		this.entities = entities;
	}

	String write() {
		line("package " + packageName + ";");
		line("");
		line("import jakarta.persistence.*;");
		line("");
		line("@Entity");
		if (entity.key() == EntitySpec.KeyKind.ID_CLASS) {
			line("@IdClass(" + entity.className() + ".Key.class)");
		}
		line("@Table(name = \"" + entity.table() + "\""
				+ (entity.schema() == null ? "" : ", schema = \"" + entity.schema() + "\"")
				+ constraints("uniqueConstraints", "UniqueConstraint", "columnNames", entity.uniques(), false)
				+ constraints("indexes", "Index", "columnList", entity.indexes(), true) + ")");
		line("public class " + entity.className() + " {");
		line("");
		key();
		for (Basic basic : entity.basics()) {
			String attributes = (basic.attributes().isEmpty() ? "" : ", " + basic.attributes())
					+ (basic.nullable() ? "" : ", nullable = false") + (basic.unique() ? ", unique = true" : "");
			line("\t@Column(name = \"" + basic.column() + "\"" + attributes + ")");
			line("\tprivate " + basic.javaType() + " " + field(basic.column()) + ";");
			line("");
		}
		int k = 0;
		for (Reference reference : entity.references()) {
			reference(reference, k++);
		}
		if (entity.key().composite()) {
			keyClass();
		}
		line("}");
		return out.toString();
	}

	private void key() {
		switch (entity.key()) {
			case LONG_IDENTITY -> id("@GeneratedValue(strategy = GenerationType.IDENTITY)", "Long");
			case LONG_SEQUENCE -> id("@GeneratedValue(strategy = GenerationType.SEQUENCE)", "Long");
			case LONG_ASSIGNED -> id(null, "Long");
			case UUID -> id("@GeneratedValue(strategy = GenerationType.UUID)", "java.util.UUID");
			case EMBEDDED_ID -> {
				line("\t@EmbeddedId");
				line("\tprivate Key id;");
				line("");
			}
			case ID_CLASS -> {
				line("\t@Id");
				keyColumns();
			}
		}
	}

	private void id(String generation, String type) {
		line("\t@Id");
		if (generation != null) {
			line("\t" + generation);
		}
		line("\t@Column(name = \"" + entity.idColumn() + "\")");
		line("\tprivate " + type + " id;");
		line("");
	}

	/** The code and number of a composite key; for an {@code @IdClass} the second needs its own {@code @Id}. */
	private void keyColumns() {
		line("\t@Column(name = \"" + EntitySpec.KEY_CODE + "\", length = 12)");
		line("\tprivate String code;");
		line("");
		if (entity.key() == EntitySpec.KeyKind.ID_CLASS) {
			line("\t@Id");
		}
		line("\t@Column(name = \"" + EntitySpec.KEY_NUMBER + "\")");
		line("\tprivate Long number;");
		line("");
	}

	private void keyClass() {
		line(entity.key() == EntitySpec.KeyKind.EMBEDDED_ID ? "\t@Embeddable" : "");
		line("\tpublic static class Key implements java.io.Serializable {");
		line("");
		if (entity.key() == EntitySpec.KeyKind.EMBEDDED_ID) {
			keyColumns();
		}
		else {
			line("\tprivate String code;");
			line("\tprivate Long number;");
		}
		line("\t@Override public boolean equals(Object other) {");
		line("\t\treturn other instanceof Key key && java.util.Objects.equals(code, key.code)"
				+ " && java.util.Objects.equals(number, key.number);");
		line("\t}");
		line("\t@Override public int hashCode() { return java.util.Objects.hash(code, number); }");
		line("\t}");
	}

	private void reference(Reference reference, int k) {
		EntitySpec target = entities.apply(reference.target());
		line("\t@" + (reference.oneToOne() ? "OneToOne" : "ManyToOne") + "(fetch = FetchType.LAZY"
				+ (reference.optional() ? "" : ", optional = false") + ")");
		if (reference.deleteCascade()) {
			line("\t@org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)");
		}
		String nullable = reference.nullable() ? "" : ", nullable = false";
		String foreignKey = reference.foreignKeyName() == null ? ""
				: ", foreignKey = @ForeignKey(name = \"" + reference.foreignKeyName() + "\")";
		if (target.key().composite()) {
			line("\t@JoinColumns(value = {");
			line("\t\t@JoinColumn(name = \"" + reference.columns().get(0) + "\", referencedColumnName = \""
					+ EntitySpec.KEY_CODE + "\"" + nullable + "),");
			line("\t\t@JoinColumn(name = \"" + reference.columns().get(1) + "\", referencedColumnName = \""
					+ EntitySpec.KEY_NUMBER + "\"" + nullable + ") }" + foreignKey + ")");
		}
		else {
			line("\t@JoinColumn(name = \"" + reference.columns().get(0) + "\"" + nullable + foreignKey + ")");
		}
		line("\tprivate " + target.className() + " reference" + k + ";");
		line("");
	}

	private static String constraints(String attribute, String annotation, String columnsAttribute,
			List<NamedColumns> constraints, boolean columnList) {
		if (constraints.isEmpty()) {
			return "";
		}
		List<String> written = new ArrayList<>();
		for (NamedColumns constraint : constraints) {
			String columns = columnList ? "\"" + String.join(", ", constraint.columns()) + "\""
					: "{ \"" + String.join("\", \"", constraint.columns()) + "\" }";
			written.add("@" + annotation + "(name = \"" + constraint.name() + "\", " + columnsAttribute + " = "
					+ columns + ")");
		}
		return ",\n\t\t" + attribute + " = { " + String.join(",\n\t\t\t", written) + " }";
	}

	/** A field name for a column name: {@code c3} stays, a long one is fine as a Java identifier too. */
	private static String field(String column) {
		return "f_" + column;
	}

	private void line(String text) {
		out.append(text).append('\n');
	}

}
