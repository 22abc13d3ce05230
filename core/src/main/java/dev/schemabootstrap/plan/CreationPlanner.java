package dev.schemabootstrap.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;

/**
 * Orders a {@link SchemaModel} for creation. Tables follow their foreign keys (a table comes after every table
 * it references); among tables that are free to go, the smaller name goes first, so the same model always gives
 * the same plan. When only tables caught in cycles are left, one table of a cycle is created first and its keys
 * into the cycle are deferred; the table chosen is the one that defers the fewest required (NOT NULL) keys, then
 * the fewest keys, then the smallest name.
 */
public final class CreationPlanner {

	public CreationPlan plan(SchemaModel model) {
		Map<TableName, Table> tables = new TreeMap<>(model.tablesByName());
		Map<TableName, Integer> component = new StronglyConnectedComponents(tables).componentOf();
		Map<TableName, Set<TableName>> waitingOn = new HashMap<>();
		Map<TableName, List<TableName>> referencedBy = new HashMap<>();
		for (Table table : tables.values()) {
			Set<TableName> targets = new HashSet<>();
			references(table, tables).forEach((foreignKey) -> targets.add(foreignKey.referencedTable()));
			targets.forEach((target) -> referencedBy.computeIfAbsent(target, (key) -> new ArrayList<>())
				.add(table.name()));
			waitingOn.put(table.name(), targets);
		}
		TreeSet<TableName> ready = new TreeSet<>();
		waitingOn.forEach((table, targets) -> {
			if (targets.isEmpty()) {
				ready.add(table);
			}
		});
		Set<TableName> remaining = new TreeSet<>(tables.keySet());
		// Only tables of a cycle can be stuck; breaking a cycle looks at those alone.
		Set<TableName> remainingInCycles = new TreeSet<>(inCycles(component));
		List<Table> order = new ArrayList<>();
		List<ForeignKey> deferred = new ArrayList<>();
		while (!remaining.isEmpty()) {
			TableName next = ready.isEmpty() ? breakCycle(remainingInCycles, tables, waitingOn, component)
					: ready.first();
			ready.remove(next);
			remainingInCycles.remove(next);
			references(tables.get(next), tables).stream()
				.filter((foreignKey) -> waitingOn.get(next).contains(foreignKey.referencedTable()))
				.forEach(deferred::add);
			order.add(tables.get(next));
			remaining.remove(next);
			for (TableName dependent : referencedBy.getOrDefault(next, List.of())) {
				Set<TableName> targets = waitingOn.get(dependent);
				if (targets.remove(next) && targets.isEmpty() && remaining.contains(dependent)) {
					ready.add(dependent);
				}
			}
		}
		return new CreationPlan(List.copyOf(model.schemas()), model.types(), model.sequences(), order, deferred,
				cycles(component, deferred));
	}

	private static Set<TableName> inCycles(Map<TableName, Integer> component) {
		Map<Integer, Integer> sizes = new HashMap<>();
		component.values().forEach((id) -> sizes.merge(id, 1, Integer::sum));
		Set<TableName> inCycles = new HashSet<>();
		component.forEach((table, id) -> {
			if (sizes.get(id) > 1) {
				inCycles.add(table);
			}
		});
		return inCycles;
	}

	/** Keys of the table to other tables of the model; a self-reference never blocks its own table. */
	private static List<ForeignKey> references(Table table, Map<TableName, Table> tables) {
		return table.foreignKeys()
			.stream()
			.filter((foreignKey) -> !foreignKey.isSelfReference())
			.filter((foreignKey) -> tables.containsKey(foreignKey.referencedTable()))
			.sorted(Comparator.comparing(ForeignKey::name))
			.toList();
	}

	private static TableName breakCycle(Set<TableName> remaining, Map<TableName, Table> tables,
			Map<TableName, Set<TableName>> waitingOn, Map<TableName, Integer> component) {
		// Only a table whose missing references all stay inside its own cycle may go: its other references are
		// created first, so deferring never spreads beyond the cycle. Each candidate's cost is computed once.
		TableName best = null;
		long[] bestCost = null;
		for (TableName name : remaining) {
			Integer own = component.get(name);
			if (!waitingOn.get(name).stream().allMatch((target) -> component.get(target).equals(own))) {
				continue;
			}
			List<ForeignKey> pending = pending(name, tables, waitingOn);
			long required = pending.stream().filter((foreignKey) -> !foreignKey.optional()).count();
			long[] cost = { required, pending.size() };
			if (best == null || Arrays.compare(cost, bestCost) < 0) {
				best = name;
				bestCost = cost;
			}
		}
		if (best == null) {
			throw new IllegalStateException("No table of a cycle can be created first: " + remaining);
		}
		return best;
	}

	private static List<ForeignKey> pending(TableName name, Map<TableName, Table> tables,
			Map<TableName, Set<TableName>> waitingOn) {
		return references(tables.get(name), tables).stream()
			.filter((foreignKey) -> waitingOn.get(name).contains(foreignKey.referencedTable()))
			.toList();
	}

	private static List<ForeignKeyCycle> cycles(Map<TableName, Integer> component, List<ForeignKey> deferred) {
		Map<Integer, List<TableName>> members = new HashMap<>();
		component.forEach((table, id) -> members.computeIfAbsent(id, (key) -> new ArrayList<>()).add(table));
		List<ForeignKeyCycle> cycles = new ArrayList<>();
		for (List<TableName> cycle : members.values()) {
			if (cycle.size() > 1) {
				List<TableName> sorted = cycle.stream().sorted().toList();
				List<ForeignKey> breakers = deferred.stream().filter((fk) -> sorted.contains(fk.table())).toList();
				cycles.add(new ForeignKeyCycle(sorted, breakers));
			}
		}
		cycles.sort(Comparator.comparing((ForeignKeyCycle cycle) -> cycle.tables().get(0)));
		return cycles;
	}

}
