package dev.schemabootstrap.report;

import java.util.Locale;

import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;

/**
 * The foreign-key graph of a model as Mermaid {@code erDiagram} text: every table with its columns, every
 * foreign key as a relationship labelled with its name. Deterministic: tables and keys in model order.
 */
public final class MermaidDiagram {

	private MermaidDiagram() {
	}

	public static String of(SchemaModel model) {
		StringBuilder diagram = new StringBuilder("erDiagram\n");
		for (Table table : model.tables()) {
			diagram.append("    ").append(id(table.name())).append("[\"").append(table.name()).append("\"] {\n");
			for (Column column : table.columns()) {
				diagram.append("        ")
					.append(typeToken(column.sqlType()))
					.append(' ')
					.append(column.name())
					.append(keyMarker(table, column))
					.append('\n');
			}
			diagram.append("    }\n");
		}
		for (Table table : model.tables()) {
			for (ForeignKey foreignKey : table.foreignKeys()) {
				diagram.append("    ")
					.append(id(table.name()))
					.append(foreignKey.optional() ? " }o--o| " : " }o--|| ")
					.append(id(foreignKey.referencedTable()))
					.append(" : \"")
					.append(String.join(", ", foreignKey.columns()))
					.append("\"\n");
			}
		}
		return diagram.toString();
	}

	private static String keyMarker(Table table, Column column) {
		boolean primary = table.primaryKey() != null && table.primaryKey().columns().contains(column.name());
		boolean foreign = table.foreignKeys().stream().anyMatch((fk) -> fk.columns().contains(column.name()));
		if (primary && foreign) {
			return " PK, FK";
		}
		return primary ? " PK" : (foreign ? " FK" : "");
	}

	/** Mermaid entity ids allow letters, digits, '-' and '_' only. */
	static String id(TableName name) {
		return name.toString().replaceAll("[^A-Za-z0-9_]", "_");
	}

	/** Mermaid attribute types are single tokens: {@code varchar(255)} becomes {@code varchar_255}. */
	private static String typeToken(String sqlType) {
		String token = sqlType.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("_+$", "");
		return token.isEmpty() ? "unknown" : token;
	}

}
