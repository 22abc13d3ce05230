package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.ForeignKeyCycle;

/**
 * Reports tables whose foreign keys reference each other in a cycle. When some key of every loop may stay empty
 * the changelog breaks the cycle (it creates the tables, then adds the deferred keys) and rows can be inserted
 * by leaving that key empty first: INFO. When a loop consists only of NOT NULL keys (Hibernate maps no deferrable
 * keys) no first row can ever be inserted: ERROR. Self-references are not cycles here: a row may reference
 * itself.
 */
public final class CircularDependencyCheck implements SchemaCheck {

	@Override
	public String id() {
		return FindingId.CIRCULAR_DEPENDENCY.id();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		Map<TableName, Table> tables = context.model().tablesByName();
		Subjects subjects = new Subjects(context.mapping());
		List<Finding> findings = new ArrayList<>();
		for (ForeignKeyCycle cycle : context.plan().cycles()) {
			Set<TableName> members = new HashSet<>(cycle.tables());
			List<ForeignKey> keys = cycle.tables()
				.stream()
				.flatMap((table) -> tables.get(table).foreignKeys().stream())
				.filter((key) -> !key.isSelfReference() && members.contains(key.referencedTable()))
				.toList();
			String subject = cycle.tables().stream().map(TableName::toString).collect(Collectors.joining(", "));
			String edges = keys.stream().map((key) -> describe(key, subjects)).collect(Collectors.joining("; "));
			Optional<List<ForeignKey>> requiredLoop = requiredLoop(cycle.tables(),
					keys.stream().filter((key) -> !key.optional()).toList());
			if (requiredLoop.isPresent()) {
				String loop = requiredLoop.get().stream().map((key) -> describe(key, subjects))
					.collect(Collectors.joining("; "));
				findings.add(new Finding(FindingId.CIRCULAR_DEPENDENCY, Severity.ERROR, subject,
						"Tables " + subject + " reference each other in a cycle of NOT NULL foreign keys (" + loop
								+ "): no row can be inserted into any of them, because each needs a row of the"
								+ " next to exist first",
						"Make one reference of the cycle optional (@ManyToOne(optional = true) with a nullable join"
								+ " column) so that a row can be inserted first and the reference set afterwards, or"
								+ " drop one direction and navigate it with a query or mappedBy"));
			}
			else {
				String deferred = cycle.deferredForeignKeys().stream()
					.map((key) -> key.name() + " of " + key.table())
					.collect(Collectors.joining(", "));
				findings.add(new Finding(FindingId.CIRCULAR_DEPENDENCY, Severity.INFO, subject,
						"Tables " + subject + " reference each other in a cycle (" + edges + "); the changelog"
								+ " creates the tables first and adds " + deferred
								+ " afterwards, and rows are inserted by leaving a nullable reference empty first",
						"Nothing to fix; to avoid the cycle, drop one direction of the references"));
			}
		}
		return findings;
	}

	private static String describe(ForeignKey key, Subjects subjects) {
		return key.table() + " -> " + key.referencedTable() + " by " + String.join(", ", key.columns())
				+ subjects.mappedBy(key.table(), key.columns()) + (key.optional() ? ", nullable" : ", NOT NULL");
	}

	/** A loop among the tables that uses only the given keys, if there is one. */
	private static Optional<List<ForeignKey>> requiredLoop(List<TableName> tables, List<ForeignKey> keys) {
		Map<TableName, List<ForeignKey>> outgoing = new HashMap<>();
		keys.forEach((key) -> outgoing.computeIfAbsent(key.table(), (t) -> new ArrayList<>()).add(key));
		Map<TableName, Integer> state = new HashMap<>();
		for (TableName start : tables) {
			List<ForeignKey> path = new ArrayList<>();
			Optional<List<ForeignKey>> loop = visit(start, outgoing, state, path);
			if (loop.isPresent()) {
				return loop;
			}
		}
		return Optional.empty();
	}

	/** Depth-first search; state 1 = on the current path, 2 = done. Paths are as long as the cycle, at most. */
	private static Optional<List<ForeignKey>> visit(TableName table, Map<TableName, List<ForeignKey>> outgoing,
			Map<TableName, Integer> state, List<ForeignKey> path) {
		Integer current = state.get(table);
		if (current != null) {
			if (current == 2) {
				return Optional.empty();
			}
			int start = 0;
			while (!path.get(start).table().equals(table)) {
				start++;
			}
			return Optional.of(List.copyOf(path.subList(start, path.size())));
		}
		state.put(table, 1);
		for (ForeignKey key : outgoing.getOrDefault(table, List.of())) {
			path.add(key);
			Optional<List<ForeignKey>> loop = visit(key.referencedTable(), outgoing, state, path);
			if (loop.isPresent()) {
				return loop;
			}
			path.remove(path.size() - 1);
		}
		state.put(table, 2);
		return Optional.empty();
	}

}
