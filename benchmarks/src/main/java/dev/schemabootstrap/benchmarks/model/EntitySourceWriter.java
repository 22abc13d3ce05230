package dev.schemabootstrap.benchmarks.model;

import java.util.ArrayList;
import java.util.List;

import dev.schemabootstrap.benchmarks.model.EntitySourceGenerator.Reference;
import dev.schemabootstrap.benchmarks.model.EntitySpec.BasicColumn;

/** The Java source of one {@link EntitySpec}, as a developer would write it (field access, explicit names). */
final class EntitySourceWriter {

	private final EntitySpec entity;

	private final StringBuilder out = new StringBuilder();

	EntitySourceWriter(EntitySpec entity) {
		this.entity = entity;
	}

	String write() {
		String table = entity.tableName();
		line("package " + EntitySourceGenerator.PACKAGE + ";");
		line("");
		line("import jakarta.persistence.*;");
		line("");
		line("@Entity");
		line("@Table(schema = \"" + entity.schema() + "\"" + indexes(table) + uniqueConstraints(table) + ")");
		line("public class " + EntitySourceGenerator.simpleName(entity.index()) + " {");
		line("");
		id();
		if (entity.versioned()) {
			line("\t@Version");
			line("\tprivate long version;");
			line("");
		}
		for (BasicColumn basic : entity.basics()) {
			if (basic.extraAnnotation() != null) {
				line("\t" + basic.extraAnnotation());
			}
			String unique = basic.column().equals("code") && entity.uniqueCodeInline() ? ", unique = true" : "";
			String attributes = basic.columnAttributes().isEmpty() ? "" : ", " + basic.columnAttributes();
			line("\t@Column(name = \"" + basic.column() + "\"" + attributes + unique + ")");
			line("\tprivate " + basic.javaType() + " " + basic.field() + ";");
			line("");
		}
		for (Reference reference : entity.references()) {
			String target = EntitySourceGenerator.simpleName(reference.target());
			line("\t@ManyToOne(fetch = FetchType.LAZY" + (reference.nullable() ? "" : ", optional = false") + ")");
			line("\t@JoinColumn(name = \"" + EntitySpec.keyColumn(entity.index(), reference) + "\""
					+ (reference.nullable() ? "" : ", nullable = false") + ")");
			line("\tprivate " + target + " " + EntitySpec.keyField(entity.index(), reference) + ";");
			line("");
		}
		line("}");
		return out.toString();
	}

	private void id() {
		line("\t@Id");
		switch (entity.id()) {
			case UUID -> {
				line("\t@GeneratedValue(strategy = GenerationType.UUID)");
				line("\tprivate java.util.UUID id;");
			}
			case SEQUENCE -> {
				line("\t@GeneratedValue(strategy = GenerationType.SEQUENCE)");
				line("\tprivate Long id;");
			}
			case IDENTITY -> {
				line("\t@GeneratedValue(strategy = GenerationType.IDENTITY)");
				line("\tprivate Long id;");
			}
		}
		line("");
	}

	private String indexes(String table) {
		if (entity.indexes().isEmpty()) {
			return "";
		}
		List<String> indexes = new ArrayList<>();
		for (List<String> columns : entity.indexes()) {
			indexes.add("@Index(name = \"ix_" + table + "_" + String.join("_", columns) + "\", columnList = \""
					+ String.join(", ", columns) + "\")");
		}
		return ",\n\t\tindexes = { " + String.join(",\n\t\t\t", indexes) + " }";
	}

	private String uniqueConstraints(String table) {
		List<String> uniques = new ArrayList<>();
		if (entity.hasCode() && !entity.uniqueCodeInline()) {
			uniques.add("@UniqueConstraint(name = \"uk_" + table + "_code\", columnNames = \"code\")");
		}
		if (!entity.compositeUnique().isEmpty()) {
			uniques.add("@UniqueConstraint(name = \"uk_" + table + "_" + String.join("_", entity.compositeUnique())
					+ "\", columnNames = { \"" + String.join("\", \"", entity.compositeUnique()) + "\" })");
		}
		return uniques.isEmpty() ? "" : ",\n\t\tuniqueConstraints = { " + String.join(",\n\t\t\t", uniques) + " }";
	}

	private void line(String text) {
		out.append(text).append('\n');
	}

}
