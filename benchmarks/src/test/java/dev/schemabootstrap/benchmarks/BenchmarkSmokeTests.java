package dev.schemabootstrap.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the benchmarks compiling and running under {@code ./mvnw verify}: every stage once, in-process, on a model
 * of 20 entities. The full run is {@code java -jar benchmarks/target/benchmarks.jar} (docs/benchmarks.md).
 */
class BenchmarkSmokeTests {

	@Test
	void everyStageProducesFiguresForATinyModel() throws Exception {
		BenchmarkReport report = BenchmarkMain.run(BenchmarkMain.Settings.smoke(20));

		for (String stage : new String[] { "HIBERNATE", "MODEL", "ANALYZE", "CHANGELOG", "APPLY" }) {
			assertThat(report.millis(stage, 20)).as(stage).isPositive().isFinite();
		}
		assertThat(report.changeSets(20)).isGreaterThan(20);
		assertThat(report.analysisShare(20)).isPositive();
		assertThat(report.markdown()).contains("| 20 |", "(b)/(a) warm", "Targets");
	}

}
