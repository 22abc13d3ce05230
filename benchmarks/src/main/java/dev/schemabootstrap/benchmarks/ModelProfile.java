package dev.schemabootstrap.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.benchmarks.model.GeneratedModel;
import dev.schemabootstrap.changelog.ChangeSetGrouping;
import dev.schemabootstrap.check.CheckContext;
import dev.schemabootstrap.check.SchemaCheck;
import dev.schemabootstrap.check.StandardChecks;
import dev.schemabootstrap.check.UnitEnvironment;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.plan.CreationPlan;
import dev.schemabootstrap.plan.CreationPlanner;

/**
 * What a generated model holds (tables, keys, indexes, cycles, changesets, findings) and where the time of (b)
 * goes: the planner and each check timed alone, warm, as the median of a few runs. Plain timing in the harness's
 * own JVM, not JMH: it points at hot spots, the JMH figures are the results.
 */
record ModelProfile(int entities, int tables, int columns, int foreignKeys, int indexes, int uniqueConstraints,
		int schemas, int sequences, int cycles, int deferredForeignKeys, int changeSets, Map<Severity, Long> findings,
		Map<String, Double> stageMillis) {

	static final String PLAN = "plan (CreationPlanner)";

	static ModelProfile of(int size, int runs) {
		GeneratedModel generated = GeneratedModel.of(size);
		UnitModel unitModel = Stages.model(generated, generated.newClassLoader());
		SchemaModel schema = unitModel.schema();
		SchemaAnalysis analysis = Stages.analyze(generated, unitModel);
		for (int i = 0; i < runs; i++) {
			Stages.analyze(generated, unitModel); // warm up
		}
		CreationPlan plan = analysis.plan();
		CheckContext context = new CheckContext(schema, plan, Map.of(), unitModel.mapping(), UnitEnvironment.NONE);
		Map<String, Double> millis = new LinkedHashMap<>();
		millis.put(PLAN, median(runs, () -> new CreationPlanner().plan(schema)));
		for (SchemaCheck check : StandardChecks.all()) {
			millis.put(check.id(), median(runs, () -> check.check(context)));
		}
		List<Table> tables = schema.tables();
		return new ModelProfile(size, tables.size(), sum(tables, (t) -> t.columns().size()),
				sum(tables, (t) -> t.foreignKeys().size()), sum(tables, (t) -> t.indexes().size()),
				sum(tables, (t) -> t.uniqueConstraints().size()), schema.schemas().size(), schema.sequences().size(),
				plan.cycles().size(), plan.deferredForeignKeys().size(), Stages.changeSetCount(unitModel, ChangeSetGrouping.PER_OBJECT),
				analysis.findings().countsBySeverity(), millis);
	}

	double checksMillis() {
		return stageMillis.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().equals(PLAN))
			.mapToDouble(Map.Entry::getValue)
			.sum();
	}

	private static int sum(List<Table> tables, java.util.function.ToIntFunction<Table> count) {
		return tables.stream().mapToInt(count).sum();
	}

	private static double median(int runs, Supplier<?> stage) {
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < Math.max(1, runs); i++) {
			long start = System.nanoTime();
			stage.get();
			times.add((System.nanoTime() - start) / 1e6);
		}
		double[] sorted = times.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
