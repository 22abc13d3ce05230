package dev.schemabootstrap.drift;

import java.util.List;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.ColumnRef;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.Table;

/**
 * Tables and columns are matched without regard to case, as databases match unquoted names. A name Hibernate quotes
 * is matched by H2 exactly: a quoted {@code "order lines"} created as {@code ORDER LINES} is a table Hibernate's SQL
 * never finds, and an error here rather than on the first statement.
 */
record QuotedNameDrift(DriftContext context, MappingModel mapping) {

	void compare(Table expected, Table actual, List<Finding> findings) {
		if (context.kind() != DatabaseKind.H2) {
			return;
		}
		if (mapping.isQuoted(expected.name()) && !expected.name().name().equals(actual.name().name())) {
			String subject = context.subject(expected.name());
			findings.add(context.finding(Severity.ERROR, subject,
					"Table " + subject + " is stored as " + quoted(actual.name().name())
							+ ": Hibernate quotes the name, and its SQL finds only " + quoted(expected.name().name())
							+ ".",
					"Rename it to " + quoted(expected.name().name()) + " with a renameTable changeset that quotes all"
							+ " objects (objectQuotingStrategy QUOTE_ALL_OBJECTS), or remove the quotes from @Table in "
							+ context.owner(expected) + "."));
		}
		for (Column column : expected.columns()) {
			Column found = actual.column(column.name()).orElse(null);
			if (found != null && mapping.isQuoted(new ColumnRef(expected.name(), column.name()))
					&& !column.name().equals(found.name())) {
				String subject = context.subject(expected.name(), column.name());
				findings.add(context.finding(Severity.ERROR, subject,
						"Column " + subject + " is stored as " + quoted(found.name())
								+ ": Hibernate quotes the name, and its SQL finds only " + quoted(column.name()) + ".",
						"Rename it to " + quoted(column.name()) + " with a renameColumn changeset that quotes all"
								+ " objects (objectQuotingStrategy QUOTE_ALL_OBJECTS), or remove the quotes from @Column"
								+ " in " + context.owner(expected) + "."));
			}
		}
	}

	private static String quoted(String name) {
		return '"' + name + '"';
	}

}
