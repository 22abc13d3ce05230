package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.List;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.MappedEntity;

/**
 * Reports, on SQLite, each entity whose {@code SEQUENCE} or {@code AUTO} id Hibernate takes from a table standing
 * in for the sequence SQLite does not have. Hibernate updates that table on a second connection, outside the
 * transaction that needs the id; SQLite allows one writer per database file, so once the transaction has written
 * a row, the next id it needs waits for itself and fails with {@code SQLITE_BUSY}. Other databases either have
 * sequences or lock rows, and are never reported.
 */
public final class SqliteSequenceEmulationCheck implements SchemaCheck {

	@Override
	public String id() {
		return FindingId.SQLITE_SEQUENCE_EMULATION.id();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		if (context.database() != DatabaseKind.SQLITE) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		for (MappedEntity entity : context.mapping().entities()) {
			// One finding per hierarchy: the subclasses share the root's id.
			if (entity.isRoot() && entity.sequenceTable() != null) {
				findings.add(new Finding(FindingId.SQLITE_SEQUENCE_EMULATION, Severity.ERROR, entity.entityName(), "The ids of " + entity.entityName()
						+ " come from table " + entity.sequenceTable() + ", which Hibernate updates on a second"
						+ " connection because SQLite has no sequences: a transaction that has written a row and"
						+ " then persists another " + entity.entityName()
						+ " waits for its own write lock and fails with SQLITE_BUSY",
						"Let SQLite generate the ids: @GeneratedValue(strategy = GenerationType.IDENTITY) on the id of "
								+ entity.className()
								+ " (or an orm.xml for SQLite only that sets <generated-value strategy=\"IDENTITY\"/>)"));
			}
		}
		return findings;
	}

}
