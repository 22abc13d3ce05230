package dev.schemabootstrap.benchmarks;

import java.util.concurrent.TimeUnit;

import org.hibernate.boot.Metadata;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.schemabootstrap.benchmarks.model.GeneratedModel;
import dev.schemabootstrap.model.UnitModel;

/**
 * (a) Hibernate's boot metadata for the model, read into Schema Bootstrap's models ({@code SchemaAnalyzer.model}),
 * and (a0) Hibernate's part of it alone ({@code MetadataSources.buildMetadata()}).
 * Single shots with no warmup: the first iteration of the fork is the cold build an application pays at startup,
 * the later ones are warm. The entity classes are loaded before the first shot, so no iteration pays for loading
 * them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 6)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx6g" })
public class ModelBuildBenchmark {

	@Param({ "100", "1000", "5000" })
	public int entities;

	private GeneratedModel model;

	private ClassLoader classLoader;

	@Setup(Level.Trial)
	public void generate() throws ClassNotFoundException {
		Quiet.logging();
		model = GeneratedModel.of(entities);
		classLoader = model.newClassLoader();
		for (String className : model.persistenceUnit().managedClassNames()) {
			Class.forName(className, false, classLoader);
		}
	}

	@Benchmark
	public UnitModel buildModel() {
		return Stages.model(model, classLoader);
	}

	/** Hibernate alone: the boot metadata (a) is built from, with nothing read from it. */
	@Benchmark
	public Metadata hibernateMetadata() {
		return Stages.hibernateMetadata(model, classLoader);
	}

}
