package dev.schemabootstrap.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import dev.schemabootstrap.benchmarks.compare.Comparisons;
import dev.schemabootstrap.benchmarks.startup.StartupBenchmark;
import dev.schemabootstrap.benchmarks.startup.StartupReport;

/**
 * Runs every stage at every size in one go and prints the figures side by side (see docs/benchmarks.md):
 * {@code java -jar benchmarks/target/benchmarks.jar [--sizes=100,1000,5000] [--out=file.md] [--profile-only]}, or the
 * comparisons with their peers instead: {@code [--compare] [--drift] [--memory] [--shots=3]} (see {@link Comparisons}).
 * {@code --startup [--runs=5]} runs the startup benchmark instead (at 1,000 entities unless {@code --sizes} says).
 * <p>
 * The JMH benchmarks run in forked JVMs with the iterations their annotations declare; then this JVM profiles
 * each model (its contents, and the planner and each check timed alone). {@link #run(Settings)} with
 * {@link Settings#smoke(int)} runs everything in-process, once, for a test.
 */
public final class BenchmarkMain {

	private BenchmarkMain() {
	}

	/**
	 * @param sizes the model sizes, in entities, ascending
	 * @param smoke one short iteration of each stage in this JVM (for the CI smoke test), instead of the full run
	 */
	public record Settings(List<Integer> sizes, boolean smoke) {

		public static Settings full(List<Integer> sizes) {
			return new Settings(sizes, false);
		}

		public static Settings smoke(int size) {
			return new Settings(List.of(size), true);
		}

	}

	public static void main(String[] args) throws Exception {
		List<Integer> sizes = List.of(100, 1000, 5000);
		Path out = null;
		boolean profileOnly = false;
		boolean startup = false;
		boolean sizesGiven = false;
		int runs = 5;
		boolean compare = false;
		boolean drift = false;
		boolean memory = false;
		int shots = 3;
		for (String arg : args) {
			if (arg.startsWith("--sizes=")) {
				sizes = Arrays.stream(arg.substring("--sizes=".length()).split(",")).map(Integer::valueOf).sorted().toList();
				sizesGiven = true;
			}
			else if (arg.equals("--startup")) {
				startup = true;
			}
			else if (arg.startsWith("--runs=")) {
				runs = Integer.parseInt(arg.substring("--runs=".length()));
			}
			else if (arg.equals("--profile-only")) {
				profileOnly = true;
			}
			else if (arg.startsWith("--out=")) {
				out = Path.of(arg.substring("--out=".length()));
			}
			else if (arg.equals("--compare")) {
				compare = true;
			}
			else if (arg.equals("--drift")) {
				drift = true;
			}
			else if (arg.equals("--memory")) {
				memory = true;
			}
			else if (arg.startsWith("--shots=")) {
				shots = Integer.parseInt(arg.substring("--shots=".length()));
			}
			else {
				throw new IllegalArgumentException("Unknown argument " + arg + "; use --sizes=100,1000,5000, --out=file.md, "
						+ "--profile-only, --startup with --runs=5, or --compare, --drift, --memory with --shots=3");
			}
		}
		Comparisons comparisons = new Comparisons(compare, drift, memory, shots);
		if (comparisons.any()) {
			Quiet.logging();
			long start = System.nanoTime();
			String markdown = comparisons.run(sizes).markdown() + "Total run time: "
					+ Math.round((System.nanoTime() - start) / 1e9) + " s, " + machine() + ".\n";
			write(markdown, out != null ? out : Path.of("benchmarks", "target", "comparison-results.md"));
			return;
		}
		if (startup) {
			startup(sizesGiven ? sizes : List.of(1000), runs, out);
			return;
		}
		if (profileOnly) {
			Quiet.logging();
			List<ModelProfile> profiles = sizes.stream().map((size) -> ModelProfile.of(size, 5)).toList();
			System.out.println(new BenchmarkReport(sizes, new StageResults(List.of()), profiles).profileMarkdown());
			return;
		}
		long start = System.nanoTime();
		String markdown = run(Settings.full(sizes)).markdown() + "Total run time: "
				+ Math.round((System.nanoTime() - start) / 1e9) + " s, " + machine() + ".\n";
		write(markdown, out != null ? out : Path.of("benchmarks", "target", "benchmark-results.md"));
	}

	private static void write(String markdown, Path out) throws IOException {
		System.out.println();
		System.out.println(markdown);
		if (out.getParent() != null) {
			Files.createDirectories(out.getParent());
		}
		Files.writeString(out, markdown);
		System.out.println("Written to " + out.toAbsolutePath());
	}

	/**
	 * The startup benchmark alone: whole-process starts of a Spring Boot application with and without the starter
	 * ({@link StartupBenchmark}).
	 */
	private static void startup(List<Integer> sizes, int runs, Path out) throws IOException {
		long start = System.nanoTime();
		StartupBenchmark benchmark = new StartupBenchmark(StartupBenchmark.defaultClasspathFile(),
				Path.of(System.getProperty("java.io.tmpdir"), "schema-bootstrap-benchmarks"));
		List<StartupBenchmark.StartupResult> results = new ArrayList<>();
		for (int size : sizes) {
			System.out.println("Startup, " + size + " entities, " + runs + " runs each ...");
			results.add(benchmark.run(size, runs));
		}
		String markdown = new StartupReport(results, runs).markdown() + "Total run time: "
				+ Math.round((System.nanoTime() - start) / 1e9) + " s, " + machine() + ".\n";
		write(markdown, out != null ? out : Path.of("benchmarks", "target", "startup-results.md"));
	}

	public static BenchmarkReport run(Settings settings) throws RunnerException {
		Quiet.logging();
		ChainedOptionsBuilder options = new OptionsBuilder().include(BenchmarkMain.class.getPackageName().replace(".", "\\.")
				+ "\\.(ModelBuildBenchmark|PipelineBenchmark|FirstApplyBenchmark)\\.")
			.param("entities", settings.sizes().stream().map(String::valueOf).toArray(String[]::new))
			.shouldFailOnError(true);
		if (settings.smoke()) {
			options.forks(0)
				.warmupIterations(0)
				.measurementIterations(1)
				.measurementTime(TimeValue.milliseconds(50))
				.verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT);
		}
		Collection<RunResult> results = new Runner(options.build()).run();
		List<ModelProfile> profiles = new ArrayList<>();
		for (int size : settings.sizes()) {
			profiles.add(ModelProfile.of(size, settings.smoke() ? 1 : 7));
		}
		return new BenchmarkReport(settings.sizes(), new StageResults(results), profiles);
	}

	private static String machine() {
		return Runtime.getRuntime().availableProcessors() + " cores, "
				+ Math.round(Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024)) + " GiB max heap of the harness, JDK "
				+ System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch");
	}

}
