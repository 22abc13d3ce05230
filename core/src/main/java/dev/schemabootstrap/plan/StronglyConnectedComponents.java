package dev.schemabootstrap.plan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;

/**
 * Tarjan's algorithm over the foreign-key graph, iterative so that long reference chains cannot overflow the
 * stack. Tables in one component reference each other in a cycle.
 */
final class StronglyConnectedComponents {

	private final Map<TableName, Table> tables;

	private final Map<TableName, Integer> index = new HashMap<>();

	private final Map<TableName, Integer> lowLink = new HashMap<>();

	private final Map<TableName, Integer> component = new HashMap<>();

	private final Deque<TableName> stack = new ArrayDeque<>();

	private final Set<TableName> onStack = new HashSet<>();

	private int counter;

	StronglyConnectedComponents(Map<TableName, Table> tables) {
		this.tables = tables;
	}

	Map<TableName, Integer> componentOf() {
		for (TableName table : tables.keySet()) {
			if (!index.containsKey(table)) {
				visit(table);
			}
		}
		return component;
	}

	private void visit(TableName root) {
		Deque<Map.Entry<TableName, Iterator<TableName>>> work = new ArrayDeque<>();
		enter(root, work);
		while (!work.isEmpty()) {
			var frame = work.peek();
			TableName table = frame.getKey();
			if (frame.getValue().hasNext()) {
				TableName target = frame.getValue().next();
				if (!index.containsKey(target)) {
					enter(target, work);
				}
				else if (onStack.contains(target)) {
					lowLink.put(table, Math.min(lowLink.get(table), index.get(target)));
				}
				continue;
			}
			work.pop();
			if (!work.isEmpty()) {
				TableName parent = work.peek().getKey();
				lowLink.put(parent, Math.min(lowLink.get(parent), lowLink.get(table)));
			}
			if (lowLink.get(table).equals(index.get(table))) {
				TableName member;
				do {
					member = stack.pop();
					onStack.remove(member);
					component.put(member, index.get(table));
				}
				while (!member.equals(table));
			}
		}
	}

	private void enter(TableName table, Deque<Map.Entry<TableName, Iterator<TableName>>> work) {
		index.put(table, counter);
		lowLink.put(table, counter);
		counter++;
		stack.push(table);
		onStack.add(table);
		List<TableName> targets = tables.get(table)
			.foreignKeys()
			.stream()
			.map(ForeignKey::referencedTable)
			.filter(tables::containsKey)
			.distinct()
			.sorted()
			.toList();
		work.push(Map.entry(table, targets.iterator()));
	}

}
