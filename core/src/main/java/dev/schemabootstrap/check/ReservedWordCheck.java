package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.ColumnRef;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.Sequence;
import dev.schemabootstrap.model.Table;

/**
 * Reports a schema, table, sequence or column name that is a reserved word of the target database and that
 * Hibernate does not quote ({@code user} and {@code order} on PostgreSQL and H2, {@code order}, {@code key} or
 * {@code rank} on MySQL). Liquibase quotes reserved words when it creates the table, so the changelog runs, and
 * then every statement Hibernate writes with the bare name fails with a syntax error. The hint offers only fixes
 * the changelog follows on every database: renaming; quoting a table or column name; and
 * {@code hibernate.auto_quote_keyword} only for a name Hibernate then quotes (a keyword of its dialect).
 */
public final class ReservedWordCheck implements SchemaCheck {

	@Override
	public String id() {
		return FindingId.RESERVED_WORD.id();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		DatabaseKind database = context.database();
		List<Finding> findings = new ArrayList<>();
		Subjects subjects = new Subjects(context.mapping());
		Set<String> schemas = new TreeSet<>();
		EntityNames entities = EntityNames.index(context.model());
		for (Table table : context.model().tables()) {
			String entity = entities.of(table.name());
			if (table.name().schema() != null) {
				schemas.add(table.name().schema());
			}
			boolean tableQuoted = context.mapping().isQuoted(table.name());
			if (!tableQuoted && database.isReserved(table.name().name())) {
				findings.add(finding(database, "table", table.name().name(), table.name().toString(),
						"Rename the table with @Table(name = \"" + table.name().name() + "s\") on " + entity
								+ ", or quote it: @Table(name = \"\\\"" + table.name().name() + "\\\"\")"
								+ autoQuote(context, table.name().name())));
			}
			for (Column column : table.columns()) {
				ColumnRef ref = new ColumnRef(table.name(), column.name());
				if (!context.mapping().isQuoted(ref) && database.isReserved(column.name())) {
					findings.add(finding(database, "column", column.name() + subjects.mappedBy(ref), ref.toString(),
							"Rename the column with @Column(name = \"" + column.name() + "_value\") (or @JoinColumn)"
									+ " in " + entity + ", or quote it: @Column(name = \"\\\"" + column.name()
									+ "\\\"\")" + autoQuote(context, column.name())));
				}
			}
		}
		for (Sequence sequence : context.model().sequences()) {
			if (database.isReserved(sequence.name().name())) {
				findings.add(finding(database, "sequence", sequence.name().name(), sequence.name().toString(),
						"Rename it with @SequenceGenerator(sequenceName = \"" + sequence.name().name() + "_seq\")"));
			}
		}
		for (String schema : schemas) {
			if (database.isReserved(schema)) {
				findings.add(finding(database, "schema", schema, schema,
						"Use another schema name in @Table(schema = \"...\")"));
			}
		}
		return findings;
	}

	/**
	 * The setting as a further fix, for a name Hibernate then quotes; a reserved word that is no keyword of the
	 * dialect (such as {@code limit} on H2) would stay unquoted.
	 */
	private static String autoQuote(CheckContext context, String name) {
		return context.mapping().isKeyword(name) ? "; or set spring.jpa.properties.hibernate.auto_quote_keyword=true"
				: "";
	}

	private static Finding finding(DatabaseKind database, String kind, String name, String subject, String hint) {
		return new Finding(FindingId.RESERVED_WORD, Severity.ERROR, subject,
				"The " + kind + " name " + name + " is a reserved word in " + database.displayName()
						+ ": Hibernate writes it unquoted, so its statements on it fail with a syntax error",
				hint);
	}

}
