package dev.schemabootstrap.benchmarks.startup;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.benchmarks.startup.StartupBenchmark.Launch;
import dev.schemabootstrap.benchmarks.startup.StartupBenchmark.StartupResult;
import dev.schemabootstrap.benchmarks.startup.app.StartupApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of the startup benchmark that need no JVM launch (a launch takes tens of seconds on a loaded machine,
 * too long for {@code ./mvnw verify}): which classpath entries the runs without Schema Bootstrap leave off, and the
 * figures of the report.
 */
class StartupBenchmarkTests {

	@Test
	void leavesOffOnlySchemaBootstrapsOwnJarsAndModules() {
		assertThat(StartupBenchmark.isSchemaBootstrap(
				"/work/autoconfigure/target/schema-bootstrap-spring-boot-autoconfigure-0.1.0-SNAPSHOT.jar")).isTrue();
		assertThat(StartupBenchmark.isSchemaBootstrap("/m2/dev/schemabootstrap/schema-bootstrap-core-0.1.0.jar"))
			.isTrue();
		assertThat(StartupBenchmark.isSchemaBootstrap("/work/core/target/classes")).isTrue();
		assertThat(StartupBenchmark.isSchemaBootstrap("/work/autoconfigure/target/classes")).isTrue();
		assertThat(StartupBenchmark.isSchemaBootstrap(
				"/m2/org/springframework/boot/spring-boot-autoconfigure/4.1.2/spring-boot-autoconfigure-4.1.2.jar"))
			.isFalse();
		assertThat(StartupBenchmark.isSchemaBootstrap(
				"/m2/com/fasterxml/jackson/core/jackson-core/2.20.0/jackson-core-2.20.0.jar")).isFalse();
		assertThat(StartupBenchmark.isSchemaBootstrap("/work/benchmarks/target/classes")).isFalse();
	}

	@Test
	void reportsMediansAndTheirRatio() {
		StartupResult result = new StartupResult(1000, new Launch(9000, 8900, 9100, 5000, 9000),
				List.of(new Launch(1000, 950, 1100, 400, 900), new Launch(3000, 2950, 3100, 600, 1100),
						new Launch(2000, 1950, 2100, 500, 1000)),
				List.of(new Launch(2600, 2550, 2700, 520, 1200), new Launch(2200, 2150, 2300, 560, 1300),
						new Launch(9000, 8950, 9100, 540, 1250)));

		assertThat(result.medianReady(result.without())).isEqualTo(2000);
		assertThat(result.medianReady(result.with())).isEqualTo(2600);
		assertThat(result.readyRatio()).isEqualTo(1.3);
		assertThat(new StartupReport(List.of(result), 3).markdown()).contains("median of 3 runs")
			.contains("| 1000 | 2,000 | 2,600 | 600 | 1.300 | 1,950 | 2,550 | 2,100 | 2,700 | 9,000"
					+ " | 500 / 540 | 1.080 | 1,000 / 1,250 | 1.250 |");
		assertThat(result.mainCpuRatio()).isEqualTo(1.08);
	}

	@Test
	void readsEachFigureOfTheReadyLine() {
		String line = "STARTUP-BENCHMARK-READY uptime-ms=6123 main-cpu-ms=4200 process-cpu-ms=9876";

		assertThat(StartupBenchmark.readyValue(line, StartupApplication.READY)).isEqualTo(6123);
		assertThat(StartupBenchmark.readyValue(line, StartupApplication.MAIN_CPU)).isEqualTo(4200);
		assertThat(StartupBenchmark.readyValue(line, StartupApplication.PROCESS_CPU)).isEqualTo(9876);
	}

}
