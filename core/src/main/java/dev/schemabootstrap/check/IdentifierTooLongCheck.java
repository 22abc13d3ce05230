package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.List;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Index;
import dev.schemabootstrap.model.Sequence;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.UniqueConstraint;

/**
 * Reports a table, column, sequence, index or constraint name longer than the target database allows
 * (PostgreSQL 63, MySQL and MariaDB 64, H2 256; SQLite has no limit). MySQL, MariaDB and H2 refuse the
 * statement: an ERROR. PostgreSQL silently cuts the name, so the database holds a name that differs from the
 * changelog and the model, and names that differ only after the cut collide: a WARNING.
 */
public final class IdentifierTooLongCheck implements SchemaCheck {

	@Override
	public String id() {
		return FindingId.IDENTIFIER_TOO_LONG.id();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		DatabaseKind database = context.database();
		if (database.identifierLimit().isEmpty()) {
			return List.of();
		}
		int limit = database.identifierLimit().getAsInt();
		List<Finding> findings = new ArrayList<>();
		EntityNames entities = EntityNames.index(context.model());
		for (Table table : context.model().tables()) {
			String entity = entities.of(table.name());
			check(findings, database, limit, "table", table.name().name(), table.name().toString(),
					"@Table(name = \"...\") on " + entity);
			for (Column column : table.columns()) {
				check(findings, database, limit, "column", column.name(), Subjects.column(table.name(), column.name()),
						"@Column(name = \"...\") or @JoinColumn(name = \"...\") in " + entity);
			}
			for (Index index : table.indexes()) {
				check(findings, database, limit, "index", index.name(), table.name() + "." + index.name(),
						"@Index(name = \"...\") on " + entity);
			}
			for (UniqueConstraint unique : table.uniqueConstraints()) {
				check(findings, database, limit, "unique constraint", unique.name(), table.name() + "." + unique.name(),
						"@UniqueConstraint(name = \"...\") on " + entity);
			}
			for (ForeignKey foreignKey : table.foreignKeys()) {
				check(findings, database, limit, "foreign key", foreignKey.name(),
						table.name() + "." + foreignKey.name(), "@JoinColumn(foreignKey = @ForeignKey(name = \"...\")) in "
								+ entity);
			}
		}
		for (Sequence sequence : context.model().sequences()) {
			check(findings, database, limit, "sequence", sequence.name().name(), sequence.name().toString(),
					"@SequenceGenerator(sequenceName = \"...\")");
		}
		return findings;
	}

	private static void check(List<Finding> findings, DatabaseKind database, int limit, String kind, String name,
			String subject, String where) {
		if (name.length() <= limit) {
			return;
		}
		String consequence = database.truncatesIdentifiers()
				? database.displayName() + " silently cuts it to '" + name.substring(0, limit)
						+ "', so the database and the changelog name it differently"
				: database.displayName() + " refuses to create it";
		findings.add(new Finding(FindingId.IDENTIFIER_TOO_LONG, database.truncatesIdentifiers() ? Severity.WARNING : Severity.ERROR, subject,
				"The " + kind + " name " + name + " has " + name.length() + " characters, more than the " + limit
						+ " " + database.displayName() + " allows: " + consequence,
				"Give it a name of at most " + limit + " characters with " + where));
	}

}
