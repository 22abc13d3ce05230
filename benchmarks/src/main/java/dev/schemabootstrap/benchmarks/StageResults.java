package dev.schemabootstrap.benchmarks;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;

/**
 * The JMH results of one run, by stage and model size, in milliseconds. Single-shot stages keep their first
 * iteration apart (the cold figure) from the mean of the others (the warm figure).
 */
final class StageResults {

	enum Stage {

		MODEL("ModelBuildBenchmark.buildModel"), HIBERNATE("ModelBuildBenchmark.hibernateMetadata"), ANALYZE("PipelineBenchmark.analyze"),
		CHANGELOG("PipelineBenchmark.changelog"), APPLY("FirstApplyBenchmark.apply");

		private final String benchmark;

		Stage(String benchmark) {
			this.benchmark = benchmark;
		}

		static Stage of(String benchmark) {
			for (Stage stage : values()) {
				if (benchmark.endsWith("." + stage.benchmark)) {
					return stage;
				}
			}
			throw new IllegalArgumentException("Not a stage: " + benchmark);
		}

	}

	/** A stage's figures at one size: the score JMH reports, and cold and warm for single shots. */
	record Figure(double score, double error, double cold, double warm, int iterations) {

	}

	private final Map<Stage, Map<Integer, Figure>> figures = new TreeMap<>();

	StageResults(Collection<RunResult> results) {
		for (RunResult result : results) {
			Stage stage = Stage.of(result.getParams().getBenchmark());
			int entities = Integer.parseInt(result.getParams().getParam("entities"));
			figures.computeIfAbsent(stage, (key) -> new TreeMap<>()).put(entities, figure(result));
		}
	}

	private static Figure figure(RunResult result) {
		List<Double> shots = result.getBenchmarkResults()
			.stream()
			.map(BenchmarkResult::getIterationResults)
			.flatMap(Collection::stream)
			.map(IterationResult::getPrimaryResult)
			.map((primary) -> primary.getScore())
			.toList();
		double cold = shots.isEmpty() ? Double.NaN : shots.get(0);
		double warm = shots.size() < 2 ? cold
				: shots.subList(1, shots.size()).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		double error = result.getPrimaryResult().getScoreError();
		return new Figure(result.getPrimaryResult().getScore(), Double.isNaN(error) ? 0 : error, cold, warm,
				shots.size());
	}

	Figure get(Stage stage, int entities) {
		Map<Integer, Figure> bySize = figures.get(stage);
		Figure figure = bySize == null ? null : bySize.get(entities);
		if (figure == null) {
			throw new IllegalStateException("No result for " + stage + " at " + entities + " entities");
		}
		return figure;
	}

	boolean has(Stage stage, int entities) {
		return figures.containsKey(stage) && figures.get(stage).containsKey(entities);
	}

}
