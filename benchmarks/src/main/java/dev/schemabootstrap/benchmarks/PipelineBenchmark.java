package dev.schemabootstrap.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import dev.schemabootstrap.SchemaAnalysis;

/**
 * The stages that start from a built model, warm: (b) planning plus every model check
 * ({@code SchemaAnalyzer.analyze} on the UnitModel) and (c) the ordered changelog (plan, then YAML).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx6g" })
public class PipelineBenchmark {

	@Benchmark
	public SchemaAnalysis analyze(BuiltModel built) {
		return Stages.analyze(built.model, built.unitModel);
	}

	@Benchmark
	public String changelog(BuiltModel built) {
		return Stages.changelog(built.unitModel);
	}

}
