package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.ColumnRef;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;

/**
 * Reports a foreign key column whose SQL type differs from the column it references, typically after a
 * {@code columnDefinition} on a join column or a hand-made UUID type. A different base type (varchar against uuid,
 * integer against bigint) is an ERROR: PostgreSQL, MySQL and MariaDB refuse the constraint or compare with casts
 * that cannot use the index. A different length or precision of the same type is a WARNING: the constraint is
 * created, but a value of the referenced key may not fit.
 */
public final class ForeignKeyTypeMismatchCheck implements SchemaCheck {

	@Override
	public String id() {
		return FindingId.FOREIGN_KEY_TYPE_MISMATCH.id();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		Map<TableName, Table> tables = context.model().tablesByName();
		Subjects subjects = new Subjects(context.mapping());
		List<Finding> findings = new ArrayList<>();
		for (Table table : context.model().tables()) {
			for (ForeignKey foreignKey : table.foreignKeys()) {
				Table target = tables.get(foreignKey.referencedTable());
				if (target == null || foreignKey.columns().size() != foreignKey.referencedColumns().size()) {
					continue;
				}
				for (int i = 0; i < foreignKey.columns().size(); i++) {
					Optional<Column> column = table.column(foreignKey.columns().get(i));
					Optional<Column> referenced = target.column(foreignKey.referencedColumns().get(i));
					if (column.isPresent() && referenced.isPresent()) {
						compare(findings, subjects, foreignKey, new ColumnRef(table.name(), column.get().name()),
								column.get().sqlType(), new ColumnRef(target.name(), referenced.get().name()),
								referenced.get().sqlType());
					}
				}
			}
		}
		return findings;
	}

	private static void compare(List<Finding> findings, Subjects subjects, ForeignKey foreignKey, ColumnRef column,
			String type, ColumnRef referenced, String referencedType) {
		String normalized = normalize(type);
		String referencedNormalized = normalize(referencedType);
		if (normalized.equals(referencedNormalized)) {
			return;
		}
		boolean sameBase = base(normalized).equals(base(referencedNormalized));
		findings.add(new Finding(FindingId.FOREIGN_KEY_TYPE_MISMATCH, sameBase ? Severity.WARNING : Severity.ERROR, column.toString(),
				"Foreign key " + foreignKey.name() + ": " + column + subjects.mappedBy(column) + " is " + type
						+ " but references " + referenced + ", which is " + referencedType
						+ (sameBase ? "; values of the referenced key may not fit"
								: "; the database refuses the constraint or cannot use the index to follow it"),
				"Let the foreign key column take its type from the referenced key: remove columnDefinition (or the"
						+ " @JdbcTypeCode/length) from the join column of " + subjects.attributes(column, "column " + column)
						+ ", or give both columns the type " + referencedType));
	}

	private static String normalize(String type) {
		return type.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace(" (", "(").replace(", ", ",").strip();
	}

	private static String base(String type) {
		int paren = type.indexOf('(');
		return paren < 0 ? type : type.substring(0, paren).strip();
	}

}
