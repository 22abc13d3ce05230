package dev.schemabootstrap.benchmarks.startup;

import java.util.List;
import java.util.Locale;

import dev.schemabootstrap.benchmarks.startup.StartupBenchmark.StartupResult;

/** The startup figures as the Markdown table of docs/benchmarks.md ("Startup overhead"). */
public record StartupReport(List<StartupResult> results, int runs) {

	/** The issue 8 target: under 15% added wall time to ready at 1,000 entities. */
	public static final double TARGET_RATIO = 1.15;

	public String markdown() {
		StringBuilder markdown = new StringBuilder("### Startup overhead (ms, median of " + runs + " run"
				+ (runs == 1 ? "" : "s") + " each)\n\n");
		markdown.append("| entities | without: launch to ready | with: launch to ready | added | with / without"
				+ " | without: JVM uptime at ready | with: uptime at ready | without: launch to exit"
				+ " | with: launch to exit | generate mode, first start (launch to ready)"
				+ " | main-thread CPU without / with | ratio | process CPU without / with | ratio |\n");
		markdown.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (StartupResult result : results) {
			long without = result.medianReady(result.without());
			long with = result.medianReady(result.with());
			markdown.append("| ")
				.append(result.entities())
				.append(" | ")
				.append(String.format(Locale.ROOT, "%,d", without))
				.append(" | ")
				.append(String.format(Locale.ROOT, "%,d", with))
				.append(" | ")
				.append(String.format(Locale.ROOT, "%,d", with - without))
				.append(" | ")
				.append(String.format(Locale.ROOT, "%.3f", result.readyRatio()))
				.append(" | ")
				.append(String.format(Locale.ROOT, "%,d", result.medianUptime(result.without())))
				.append(" | ")
				.append(String.format(Locale.ROOT, "%,d", result.medianUptime(result.with())))
				.append(" | ")
				.append(String.format(Locale.ROOT, "%,d", result.medianProcess(result.without())))
				.append(" | ")
				.append(String.format(Locale.ROOT, "%,d", result.medianProcess(result.with())))
				.append(" | ")
				.append(String.format(Locale.ROOT, "%,d", result.prepared().readyMillis()))
				.append(" | ")
				.append(String.format(Locale.ROOT, "%,d / %,d", result.medianMainCpu(result.without()),
						result.medianMainCpu(result.with())))
				.append(" | ")
				.append(String.format(Locale.ROOT, "%.3f", result.mainCpuRatio()))
				.append(" | ")
				.append(String.format(Locale.ROOT, "%,d / %,d", result.medianProcessCpu(result.without()),
						result.medianProcessCpu(result.with())))
				.append(" | ")
				.append(String.format(Locale.ROOT, "%.3f", result.processCpuRatio()))
				.append(" |\n");
		}
		markdown.append("\nRuns alternate without / with, after one uncounted start of each; with = verify mode, drift"
				+ " check on. Target: with / without < " + TARGET_RATIO + " at 1,000 entities. CPU: at the ready line, main"
				+ " thread alone and the whole process.\n\n");
		return markdown.toString();
	}

}
