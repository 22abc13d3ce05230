package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.Association;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.ColumnRef;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;

/**
 * Reports a column that looks like a reference but has no foreign key: it is named {@code <name>_id}, exactly one
 * table of the unit is what {@code <name>} names (see {@link ReferenceTargets}), and that table's single-column
 * primary key has the same SQL type. The database accepts ids of rows that do not exist, and the creation order
 * and cycle analysis cannot see the dependency. A primary key is reported when it points at another table (a
 * shared key, one row per row of the target). Columns an association maps and the columns of join tables are
 * not: their mapping decides about the foreign key, and a missing one was asked for with
 * {@code ConstraintMode.NO_CONSTRAINT}. Where two tables are equally likely, or the likeliest have keys
 * of another type, nothing is reported: a finding must be one a reader of the model would raise.
 */
public final class MissingForeignKeyCheck implements SchemaCheck {

	private static final String SUFFIX = "_id";

	@Override
	public String id() {
		return FindingId.MISSING_FOREIGN_KEY.id();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		ReferenceTargets targets = ReferenceTargets.of(context.model(), context.mapping());
		Subjects subjects = new Subjects(context.mapping());
		Set<String> associationColumns = associationColumns(context.mapping());
		Set<TableName> joinTables = context.mapping()
			.associations()
			.stream()
			.map(Association::joinTable)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		List<Finding> findings = new ArrayList<>();
		for (Table table : context.model().tables()) {
			if (joinTables.contains(table.name())) {
				continue;
			}
			Set<String> referencing = referencingColumns(table);
			for (Column column : table.columns()) {
				String name = column.name().toLowerCase(Locale.ROOT);
				if (name.length() > SUFFIX.length() && name.endsWith(SUFFIX) && !referencing.contains(name)
						&& !associationColumns.contains(new ColumnRef(table.name(), column.name()).key())) {
					target(targets, table, column, name.substring(0, name.length() - SUFFIX.length()))
						.filter((target) -> !(target.name().equals(table.name()) && isOwnPrimaryKey(table, name)))
						.ifPresent((target) -> findings.add(finding(subjects, table, column, target)));
				}
			}
		}
		return findings;
	}

	private static Finding finding(Subjects subjects, Table table, Column column, Table target) {
		ColumnRef ref = new ColumnRef(table.name(), column.name());
		String targetColumn = target.primaryKey().columns().get(0);
		String attribute = subjects.attributes(ref, "the attribute mapping " + column.name());
		return new Finding(FindingId.MISSING_FOREIGN_KEY, Severity.WARNING, ref.toString(),
				ref + subjects.mappedBy(ref) + " looks like a reference to " + target.name() + "." + targetColumn
						+ " (same type " + column.sqlType() + ") but has no foreign key: the database accepts ids of "
						+ target.name() + " rows that do not exist, and nothing orders " + table.name() + " after "
						+ target.name(),
				"Map " + attribute + " as an association, @ManyToOne @JoinColumn(name = \"" + column.name() + "\"),"
						+ " keeping a plain id attribute read-only if needed (insertable = false, updatable = false);"
						+ " if the reference is deliberately loose, suppress it with 'missing-foreign-key:" + ref
						+ "'");
	}

	/**
	 * The one table the name points at with the same key type. The likeliest reading of the name that names any
	 * table decides: among its tables with a key of the column's type (those of the column's own schema first if
	 * there are several), exactly one must remain.
	 */
	private static Optional<Table> target(ReferenceTargets targets, Table table, Column column, String stem) {
		for (List<Table> named : targets.candidates(stem)) {
			if (named.isEmpty()) {
				continue;
			}
			List<Table> typed = named.stream().filter((candidate) -> sameType(column, candidate)).toList();
			List<Table> sameSchema = typed.stream()
				.filter((candidate) -> Objects.equals(candidate.name().schema(), table.name().schema()))
				.toList();
			List<Table> likeliest = (typed.size() > 1 && !sameSchema.isEmpty()) ? sameSchema : typed;
			return likeliest.size() == 1 ? Optional.of(likeliest.get(0)) : Optional.empty();
		}
		return Optional.empty();
	}

	private static boolean sameType(Column column, Table candidate) {
		return candidate.column(candidate.primaryKey().columns().get(0))
			.map((key) -> key.sqlType().equalsIgnoreCase(column.sqlType()))
			.orElse(false);
	}

	/**
	 * Columns an association maps: where it has no foreign key, its mapping said so
	 * ({@code @ForeignKey(ConstraintMode.NO_CONSTRAINT)}), and the reference is loose on purpose.
	 */
	private static Set<String> associationColumns(MappingModel mapping) {
		Set<String> subjects = mapping.associations().stream().map(Association::subject).collect(Collectors.toSet());
		Set<String> columns = new HashSet<>();
		mapping.associations().forEach((association) -> association.columns().forEach((column) -> columns.add(column.key())));
		mapping.columns()
			.stream()
			.filter((column) -> subjects.contains(column.subject()))
			.forEach((column) -> columns.add(column.column().key()));
		return columns;
	}

	private static Set<String> referencingColumns(Table table) {
		Set<String> columns = new HashSet<>();
		for (ForeignKey foreignKey : table.foreignKeys()) {
			foreignKey.columns().forEach((column) -> columns.add(column.toLowerCase(Locale.ROOT)));
		}
		return columns;
	}

	private static boolean isOwnPrimaryKey(Table table, String column) {
		return table.primaryKey() != null && table.primaryKey().columns().size() == 1
				&& table.primaryKey().columns().get(0).equalsIgnoreCase(column);
	}

}
