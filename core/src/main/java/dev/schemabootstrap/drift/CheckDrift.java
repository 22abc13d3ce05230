package dev.schemabootstrap.drift;

import java.util.List;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.CheckConstraint;
import dev.schemabootstrap.model.Table;

/**
 * The check constraints of one table, expected against live ({@link CheckMatch}): a missing check or one whose
 * condition differs is an {@link Severity#ERROR} (the database accepts values the application cannot read back,
 * or refuses values it writes), a check the model does not have a {@link Severity#WARNING}. The subject is the
 * check's column, or the table for a check over several columns.
 */
final class CheckDrift {

	private final DriftContext context;

	private final Table expected;

	private final Table actual;

	CheckDrift(DriftContext context, Table expected, Table actual) {
		this.context = context;
		this.expected = expected;
		this.actual = actual;
	}

	void compare(List<Finding> findings) {
		CheckMatch match = CheckMatch.of(expected, actual);
		String table = expected.name().toString();
		for (CheckConstraint check : match.missing()) {
			findings.add(context.finding(Severity.ERROR, subject(check),
					"Check constraint " + check.name() + " (" + check.condition() + ") is missing: the database "
							+ "accepts values the model does not allow.",
					"Add it with a sql changeset: ALTER TABLE " + table + " ADD CONSTRAINT " + check.name()
							+ " CHECK (" + check.condition() + ") (an evolution changelog adds it)."));
		}
		for (CheckMatch.Pair pair : match.different()) {
			CheckConstraint check = pair.expected();
			findings.add(context.finding(Severity.ERROR, subject(check),
					"Check constraint " + check.name() + " differs: expected (" + check.condition() + "), found "
							+ name(pair.live()) + "(" + pair.live().condition() + ").",
					"Replace it with a sql changeset: ALTER TABLE " + table + " DROP CONSTRAINT "
							+ context.display(pair.live().name()) + ", then ALTER TABLE " + table
							+ " ADD CONSTRAINT " + check.name() + " CHECK (" + check.condition()
							+ ") (an evolution changelog does both), or change " + context.owner(expected) + "."));
		}
		for (CheckConstraint check : match.extra()) {
			findings.add(context.finding(Severity.WARNING, subject(check),
					"Check constraint " + name(check) + "(" + check.condition()
							+ ") exists in the database but not in the model.",
					"Drop it with a sql changeset (ALTER TABLE " + table + " DROP CONSTRAINT "
							+ context.display(check.name()) + "), or declare it with @Check in "
							+ context.owner(expected) + "."));
		}
	}

	private String subject(CheckConstraint check) {
		String column = check.column() != null ? check.column()
				: CheckConditions.column(CheckConditions.canonical(check.condition()));
		return column != null && expected.column(column).isPresent()
				? context.subject(expected.name(), expected.column(column).get().name()) : context.subject(expected.name());
	}

	private String name(CheckConstraint check) {
		return check.name().isEmpty() ? "" : context.display(check.name()) + " ";
	}

}
