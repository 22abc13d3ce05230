package dev.schemabootstrap.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.schemabootstrap.benchmarks.StageResults.Figure;
import dev.schemabootstrap.benchmarks.StageResults.Stage;
import dev.schemabootstrap.finding.Severity;

/**
 * The figures of one run side by side, as Markdown: the models, the stages per size with the (b)/(a) ratio, the
 * growth between sizes, the targets, and where the time of (b) goes.
 */
public final class BenchmarkReport {

	/** Analysis (b) must stay under this share of the warm boot-metadata build (a). */
	static final double ANALYSIS_SHARE_TARGET = 0.20;

	/** Changelog generation (c) at 1,000 entities, warm. */
	static final double CHANGELOG_TARGET_MILLIS = 300;

	/** Above this exponent of n a stage counts as growing faster than linearly. */
	static final double LINEAR_EXPONENT_LIMIT = 1.25;

	private final List<Integer> sizes;

	private final StageResults results;

	private final List<ModelProfile> profiles;

	BenchmarkReport(List<Integer> sizes, StageResults results, List<ModelProfile> profiles) {
		this.sizes = List.copyOf(sizes);
		this.results = results;
		this.profiles = List.copyOf(profiles);
	}

	public List<Integer> sizes() {
		return sizes;
	}

	/** The warm figure of (a), the JMH score of (b) and (c), the cold first apply (d), in ms. */
	public double millis(String stage, int entities) {
		Figure figure = results.get(Stage.valueOf(stage), entities);
		return switch (Stage.valueOf(stage)) {
			case MODEL, HIBERNATE -> figure.warm();
			case APPLY -> figure.cold();
			default -> figure.score();
		};
	}

	public int changeSets(int entities) {
		return profile(entities).changeSets();
	}

	/** (b) / warm (a0): the analysis against Hibernate's own boot-metadata build, as issue 3 states the target. */
	public double analysisShare(int entities) {
		return millis("ANALYZE", entities) / millis("HIBERNATE", entities);
	}

	public String markdown() {
		StringBuilder out = new StringBuilder();
		models(out);
		stages(out);
		growth(out);
		targets(out);
		breakdown(out);
		return out.toString();
	}

	/** The models and the breakdown of (b) only, for a run without JMH. */
	String profileMarkdown() {
		StringBuilder out = new StringBuilder();
		models(out);
		breakdown(out);
		return out.toString();
	}

	private void models(StringBuilder out) {
		out.append("### Generated models\n\n");
		out.append("| entities | tables | columns | FKs | indexes | unique constraints | schemas | sequences | FK cycles"
				+ " | deferred FKs | changesets, one per object | findings E/W/I |\n");
		out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
		for (ModelProfile p : profiles) {
			Map<Severity, Long> f = p.findings();
			out.append(row(p.entities(), p.tables(), p.columns(), p.foreignKeys(), p.indexes(), p.uniqueConstraints(),
					p.schemas(), p.sequences(), p.cycles(), p.deferredForeignKeys(), p.changeSets(),
					f.get(Severity.ERROR) + "/" + f.get(Severity.WARNING) + "/" + f.get(Severity.INFO)));
		}
		out.append('\n');
	}

	private void stages(StringBuilder out) {
		out.append("### Stages (ms)\n\n");
		out.append("| entities | (a0) Hibernate boot metadata, cold | (a0) warm | (a) SchemaAnalyzer.model, cold | (a) warm"
				+ " | (b) checks + plan, warm | (b)/(a0) warm | (b)/(a) warm | (b)/(a) cold | (c) plan + YAML, warm"
				+ " | (d) first apply, one changeset per stage, cold | (d) later applies | (d) ms per table, cold |\n");
		out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (int n : sizes) {
			Figure a0 = results.get(Stage.HIBERNATE, n);
			Figure a = results.get(Stage.MODEL, n);
			Figure b = results.get(Stage.ANALYZE, n);
			Figure c = results.get(Stage.CHANGELOG, n);
			Figure d = results.get(Stage.APPLY, n);
			out.append(row(n, ms(a0.cold()), ms(a0.warm()), ms(a.cold()), ms(a.warm()),
					ms(b.score()) + " ± " + ms(b.error()), percent(b.score() / a0.warm()),
					percent(b.score() / a.warm()), percent(b.score() / a.cold()),
					ms(c.score()) + " ± " + ms(c.error()), ms(d.cold()), ms(d.warm()),
					String.format(Locale.ROOT, "%.2f", d.cold() / profile(n).tables())));
		}
		out.append('\n');
	}

	private void growth(StringBuilder out) {
		out.append("### Growth between sizes\n\n");
		out.append("Time ratio between consecutive sizes, and the exponent k in time ~ n^k (1 = linear, 2 ="
				+ " quadratic).\n\n");
		StringBuilder header = new StringBuilder("| stage |");
		StringBuilder rule = new StringBuilder("|---|");
		for (int i = 1; i < sizes.size(); i++) {
			header.append(" ").append(sizes.get(i - 1)).append(" → ").append(sizes.get(i)).append(" (×")
				.append(trim(sizes.get(i) / (double) sizes.get(i - 1))).append(" entities) |");
			rule.append("---:|");
		}
		out.append(header).append('\n').append(rule).append('\n');
		for (Stage stage : Stage.values()) {
			StringBuilder line = new StringBuilder("| " + label(stage) + " |");
			for (int i = 1; i < sizes.size(); i++) {
				double ratio = value(stage, sizes.get(i)) / value(stage, sizes.get(i - 1));
				line.append(" ×").append(trim(ratio)).append(", k = ").append(exponentText(stage, i)).append(" |");
			}
			out.append(line).append('\n');
		}
		out.append('\n');
	}

	private void targets(StringBuilder out) {
		out.append("### Targets\n\n");
		out.append("| target | measured | met |\n|---|---|---|\n");
		for (int n : sizes) {
			double share = analysisShare(n);
			out.append(row("(b) < 20% of (a0) warm at " + n + " entities", percent(share),
					share < ANALYSIS_SHARE_TARGET ? "yes" : "no, " + trim(share / ANALYSIS_SHARE_TARGET) + "× the target"));
		}
		if (sizes.size() > 1) {
			double worst = 0;
			for (int i = 1; i < sizes.size(); i++) {
				worst = Math.max(worst, exponent(Stage.ANALYZE, i));
			}
			out.append(row("(b) grows linearly (k ≤ " + LINEAR_EXPONENT_LIMIT + ")", "k up to " + trim(worst),
					worst <= LINEAR_EXPONENT_LIMIT ? "yes" : "no"));
		}
		if (sizes.contains(1000)) {
			double c = millis("CHANGELOG", 1000);
			out.append(row("(c) < 300 ms warm at 1,000 entities", ms(c) + " ms",
					c < CHANGELOG_TARGET_MILLIS ? "yes" : "no, " + trim(c / CHANGELOG_TARGET_MILLIS) + "× the target"));
		}
		out.append('\n');
	}

	private void breakdown(StringBuilder out) {
		out.append("### Where (b) goes: planner and each check alone, warm median (ms, plain timing)\n\n");
		StringBuilder header = new StringBuilder("| part |");
		StringBuilder rule = new StringBuilder("|---|");
		for (ModelProfile p : profiles) {
			header.append(" ").append(p.entities()).append(" |");
			rule.append("---:|");
		}
		if (profiles.size() > 1) {
			header.append(" k, last two sizes |");
			rule.append("---:|");
		}
		out.append(header).append('\n').append(rule).append('\n');
		for (String part : profiles.get(0).stageMillis().keySet()) {
			StringBuilder line = new StringBuilder("| " + part + " |");
			for (ModelProfile p : profiles) {
				line.append(" ").append(ms(p.stageMillis().get(part))).append(" |");
			}
			if (profiles.size() > 1) {
				ModelProfile last = profiles.get(profiles.size() - 1);
				ModelProfile before = profiles.get(profiles.size() - 2);
				double k = Math.log(last.stageMillis().get(part) / before.stageMillis().get(part))
						/ Math.log(last.entities() / (double) before.entities());
				line.append(" ").append(Double.isFinite(k) ? trim(k) : "-").append(" |");
			}
			out.append(line).append('\n');
		}
		out.append('\n');
	}

	private ModelProfile profile(int entities) {
		return profiles.stream().filter((p) -> p.entities() == entities).findFirst().orElseThrow();
	}

	private double value(Stage stage, int entities) {
		return millis(stage.name(), entities);
	}

	private double exponent(Stage stage, int i) {
		return Math.log(value(stage, sizes.get(i)) / value(stage, sizes.get(i - 1)))
				/ Math.log(sizes.get(i) / (double) sizes.get(i - 1));
	}

	private String exponentText(Stage stage, int i) {
		return trim(exponent(stage, i));
	}

	private static String label(Stage stage) {
		return switch (stage) {
			case MODEL -> "(a) SchemaAnalyzer.model, warm";
			case HIBERNATE -> "(a0) Hibernate boot metadata, warm";
			case ANALYZE -> "(b) checks + plan";
			case CHANGELOG -> "(c) plan + YAML";
			case APPLY -> "(d) first apply, cold";
		};
	}

	private static String row(Object... cells) {
		StringBuilder line = new StringBuilder("|");
		for (Object cell : cells) {
			line.append(' ').append(cell).append(" |");
		}
		return line.append('\n').toString();
	}

	static String ms(double millis) {
		if (millis >= 100) {
			return String.format(Locale.ROOT, "%,.0f", millis);
		}
		return String.format(Locale.ROOT, millis >= 10 ? "%.1f" : "%.2f", millis);
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f%%", share * 100);
	}

	private static String trim(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
