package dev.schemabootstrap.drift;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.schemabootstrap.database.ColumnType;
import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.PrimaryKey;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Sequence;
import dev.schemabootstrap.model.Table;

/**
 * Compares the schema a model expects with the live schema of a database and reports every difference as a
 * {@code schema-drift} finding, one per difference, all of them in one run. Names are compared ignoring case (on H2, the
 * names Hibernate quotes with it), types through {@link ColumnType} (synonyms are equal, lengths, precision and scale
 * of {@code varchar}, {@code char}, binary types and {@code numeric} count), keys, unique constraints and indexes
 * by their columns (names may differ: databases name the indexes behind constraints themselves).
 * <p>
 * Severities:
 * <ul>
 * <li>{@link Severity#ERROR}: a missing table or column, a type or length difference, a nullability difference
 * (either way: a missing NOT NULL lets bad rows in, an unexpected one makes inserts fail), a missing or
 * different primary key, a missing foreign key or unique constraint, a different ON DELETE rule;</li>
 * <li>{@link Severity#WARNING}: objects the model does not have (table, column, primary key, foreign key, unique
 * constraint, index) and a missing index (slower, not wrong).</li>
 * </ul>
 * Subjects are {@code schema.table} for tables, indexes and keys over several columns, and
 * {@code schema.table.column} for columns and single-column keys; the default schema has no prefix. The
 * indexes that MariaDB, MySQL and H2 create for foreign keys are not reported. Sequences are not compared. Check
 * constraints are compared by what their conditions mean ({@link CheckDrift}).
 */
public final class DriftDetector {

	/** Reads the live schema of the schemas the model uses and compares it with the model. */
	public Findings detect(SchemaModel expected, Connection connection) throws SQLException {
		return detect(expected, new LiveSchemaReader().read(connection, expected));
	}

	/**
	 * @param expected the model built from the entities
	 * @param actual the live schema read by {@link LiveSchemaReader}; its dialect names the database
	 */
	public Findings detect(SchemaModel expected, SchemaModel actual) {
		return detect(expected, actual, MappingModel.EMPTY);
	}

	/**
	 * @param expected the model built from the entities
	 * @param actual the live schema read by {@link LiveSchemaReader}; its dialect names the database
	 * @param mapping which names Hibernate quotes: on H2 those must match with their case
	 */
	public Findings detect(SchemaModel expected, SchemaModel actual, MappingModel mapping) {
		// A changelog written for another database (PostgreSQL's, in H2 tests) spells some columns its own way.
		actual = PortableColumns.asModelled(expected, actual);
		DriftContext context = new DriftContext(DatabaseKind.fromProductName(actual.dialect()), expected);
		QuotedNameDrift quotedNames = new QuotedNameDrift(context, mapping);
		Map<String, Table> live = byKey(actual.tables());
		Map<String, Table> wanted = byKey(expected.tables());
		List<Finding> findings = new ArrayList<>();
		wanted.forEach((key, table) -> {
			Table found = live.get(key);
			if (found == null) {
				findings.add(missingTable(context, table));
			}
			else {
				compareColumns(context, table, found, findings);
				quotedNames.compare(table, found, findings);
				comparePrimaryKeys(context, table, found, findings);
				new ConstraintDrift(context, table, found).compare(findings);
				new CheckDrift(context, table, found).compare(findings);
			}
		});
		Set<String> liveSequences = sequenceKeys(actual);
		for (Sequence sequence : expected.sequences()) {
			if (supportsSequences(context) && !liveSequences.contains(DriftContext.key(sequence.name()))) {
				String subject = context.subject(sequence.name());
				findings.add(context.finding(Severity.ERROR, subject, "Sequence " + subject + " is missing.",
						"Add it with a createSequence changeset (sequenceName " + sequence.name().name()
								+ ", startValue " + sequence.startValue() + ", incrementBy " + sequence.incrementBy()
								+ ")."));
			}
		}
		live.forEach((key, table) -> {
			if (!wanted.containsKey(key)) {
				String subject = context.subject(table.name());
				findings.add(context.finding(Severity.WARNING, subject,
						"Table " + subject + " exists in the database but not in the model.",
						"Drop it with a dropTable changeset if it is obsolete, or map an entity to it; if another "
								+ "application owns it, suppress it: schema-bootstrap.validation.suppress=" + FindingId.SCHEMA_DRIFT + ":"
								+ subject + "."));
			}
		});
		return Findings.of(findings);
	}

	private static Finding missingTable(DriftContext context, Table table) {
		String subject = context.subject(table.name());
		return context.finding(Severity.ERROR, subject,
				"Table " + subject + " is missing: the model expects it with the columns "
						+ table.columns().stream().map(Column::name).collect(Collectors.joining(", ")) + ".",
				// No changeset id: the table's changeset may be a stage's, or exist only in the changesets written
				// for review beside the application's changelog.
				"Apply the changelog; if none of its changesets creates the table, add a createTable changeset"
						+ " (Schema Bootstrap writes the ones the application's changelog lacks for review); if the"
						+ " entity is obsolete, remove " + context.owner(table) + ".");
	}

	private static void compareColumns(DriftContext context, Table expected, Table actual, List<Finding> findings) {
		for (Column column : expected.columns()) {
			String subject = context.subject(expected.name(), column.name());
			Column found = actual.column(column.name()).orElse(null);
			if (found == null) {
				findings.add(context.finding(Severity.ERROR, subject,
						"Column " + subject + " is missing: the model expects " + describe(column) + ".",
						"Add it with an addColumn changeset (" + column.name() + " " + column.sqlType() + "), or "
								+ "remove the attribute from " + context.owner(expected) + "."));
				continue;
			}
			ColumnType wanted = context.type(column.sqlType());
			ColumnType live = context.type(found.sqlType());
			if (!wanted.equals(live)) {
				String what = !wanted.sameBaseType(live) ? "type differs"
						: wanted.name().equals("numeric") ? "precision or scale differs"
								: wanted.name().equals("enum") ? "enum values differ" : "length differs";
				findings.add(context.finding(Severity.ERROR, subject,
						"Column " + subject + ": " + what + ": expected " + wanted + ", found " + live + ".",
						"Change the column with a modifyDataType changeset to " + column.sqlType()
								+ ", or change @Column (length, precision, scale or columnDefinition) in " + context.owner(expected)
								+ " to match the database."));
			}
			if (column.nullable() != found.nullable()) {
				findings.add(context.finding(Severity.ERROR, subject,
						"Column " + subject + ": expected " + nullability(column) + ", found " + nullability(found)
								+ ".",
						column.nullable()
								? "Drop the constraint with a dropNotNullConstraint changeset, or make the attribute "
										+ "required (nullable = false, optional = false) in " + context.owner(expected)
										+ "."
								: "Add the constraint with an addNotNullConstraint changeset (after filling NULLs), "
										+ "or make the attribute optional in " + context.owner(expected) + "."));
			}
		}
		for (Column column : actual.columns()) {
			if (expected.column(column.name()).isEmpty()) {
				String subject = context.subject(expected.name(), column.name());
				findings.add(context.finding(Severity.WARNING, subject,
						"Column " + subject + " (" + describe(column) + ") exists in the database but not in the model."
								+ (column.nullable() ? "" : " Inserts through JPA fail unless it has a default."),
						"Drop it with a dropColumn changeset if it is obsolete, or map it in " + context.owner(expected)
								+ "."));
			}
		}
	}

	private static void comparePrimaryKeys(DriftContext context, Table expected, Table actual,
			List<Finding> findings) {
		PrimaryKey wanted = expected.primaryKey();
		PrimaryKey live = actual.primaryKey();
		String subject = context.subject(expected.name());
		if (wanted != null && live == null) {
			findings.add(context.finding(Severity.ERROR, subject,
					"Table " + subject + " has no primary key: the model expects one on (" + wanted.columns().stream()
						.collect(Collectors.joining(", ")) + ").",
					"Add it with an addPrimaryKey changeset (constraintName " + wanted.name() + ")."));
		}
		else if (wanted == null && live != null) {
			findings.add(context.finding(Severity.WARNING, subject,
					"Table " + subject + " has a primary key on (" + DriftContext.columnList(live.columns())
							+ ") that the model does not have.",
					"Drop it with a dropPrimaryKey changeset, or give " + context.owner(expected) + " an @Id."));
		}
		else if (wanted != null && !DriftContext.columnList(wanted.columns())
			.equals(DriftContext.columnList(live.columns()))) {
			findings.add(context.finding(Severity.ERROR, subject,
					"Table " + subject + ": primary key differs: expected (" + DriftContext.columnList(wanted.columns())
							+ "), found (" + DriftContext.columnList(live.columns()) + ").",
					"Replace it with dropPrimaryKey and addPrimaryKey changesets, or change the @Id of "
							+ context.owner(expected) + "."));
		}
	}

	private static String describe(Column column) {
		return column.sqlType() + " " + nullability(column);
	}

	private static String nullability(Column column) {
		return column.nullable() ? "NULL allowed" : "NOT NULL";
	}

	/** Live sequences are read where the database has them (H2, PostgreSQL, MariaDB). */
	private static boolean supportsSequences(DriftContext context) {
		return context.kind() == DatabaseKind.H2 || context.kind() == DatabaseKind.POSTGRESQL
				|| context.kind() == DatabaseKind.MARIADB;
	}

	static Set<String> sequenceKeys(SchemaModel model) {
		return model.sequences().stream().map((sequence) -> DriftContext.key(sequence.name())).collect(Collectors.toSet());
	}

	private static Map<String, Table> byKey(List<Table> tables) {
		return tables.stream()
			.collect(Collectors.toMap((table) -> DriftContext.key(table.name()), Function.identity(), (a, b) -> a,
					LinkedHashMap::new));
	}

}
