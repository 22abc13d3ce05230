package dev.schemabootstrap.benchmarks.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import dev.schemabootstrap.verify.ChangelogVerifier;

/** The comparison figures as the Markdown tables of docs/benchmarks.md. */
public final class ComparisonReport {

	private final List<LiquibaseHibernateComparison.Result> liquibaseHibernate = new ArrayList<>();

	private LiquibaseHibernateComparison.Result namedSchemas;

	private final List<DriftComparison.Result> drift = new ArrayList<>();

	private final List<RetainedHeap.Result> memory = new ArrayList<>();

	private final List<String> skipped = new ArrayList<>();

	public List<LiquibaseHibernateComparison.Result> liquibaseHibernate() {
		return liquibaseHibernate;
	}

	public List<DriftComparison.Result> drift() {
		return drift;
	}

	public List<RetainedHeap.Result> memory() {
		return memory;
	}

	void add(LiquibaseHibernateComparison.Result result) {
		liquibaseHibernate.add(result);
	}

	void namedSchemas(LiquibaseHibernateComparison.Result result) {
		namedSchemas = result;
	}

	void add(DriftComparison.Result result) {
		drift.add(result);
	}

	void add(RetainedHeap.Result result) {
		memory.add(result);
	}

	void skipped(String reason) {
		skipped.add(reason);
	}

	public String markdown() {
		StringBuilder out = new StringBuilder();
		if (!liquibaseHibernate.isEmpty()) {
			firstApply(out);
			incremental(out);
		}
		if (!drift.isEmpty()) {
			drift(out);
		}
		if (!memory.isEmpty()) {
			memory(out);
		}
		growth(out);
		skipped.forEach((reason) -> out.append("Skipped: ").append(reason).append("\n\n"));
		return out.toString();
	}

	private void firstApply(StringBuilder out) {
		out.append("#### First apply on an empty in-memory H2: ours against liquibase-hibernate7's changelog (ms, median)\n\n")
			.append("Ours per stage is the changelog the starter generates for an in-memory database; ours per object the one "
					+ "for a database that keeps its data; one changeset: the same changes as a single changeset, which no "
					+ "product writes, to show how far fewer changesets can go.\n\n")
			.append("| entities | changesets ours per stage / per object / theirs | ours per stage | ours per object | one changeset "
					+ "| theirs | theirs/ours per stage | theirs/ours per object | theirs/one changeset | theirs: diffChangeLog to write it | "
					+ "objects ours (tables / columns / FKs / indexes / uniques / sequences) | objects theirs "
					+ "| drift vs model ours per stage / per object / theirs | shots |\n")
			.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---:|\n");
		for (LiquibaseHibernateComparison.Result result : liquibaseHibernate) {
			LiquibaseHibernateComparison.FirstApply first = result.firstApply();
			out.append("| ").append(first.entities()).append(" | ").append(first.oursChangeSets()).append(" / ")
				.append(first.oursPerObjectChangeSets()).append(" / ").append(first.theirsChangeSets()).append(" | ")
				.append(ms(first.oursMillis())).append(" | ").append(ms(first.oursPerObjectMillis())).append(" | ")
				.append(ms(first.oneChangeSetMillis())).append(" | ")
				.append(ms(first.theirsMillis())).append(" | ").append(ratio(first.speedup())).append(" | ")
				.append(ratio(first.speedupPerObject())).append(" | ").append(ratio(first.speedupOneChangeSet())).append(" | ")
				.append(ms(first.generateMillis())).append(" | ").append(first.ours().counts()).append(" | ")
				.append(first.theirs().counts()).append(" | ").append(first.ours().driftSummary()).append(" / ")
				.append(first.oursPerObject().driftSummary()).append(" / ")
				.append(first.theirs().driftSummary()).append(" | ").append(first.shots()).append(" |\n");
		}
		out.append('\n');
		if (namedSchemas != null) {
			LiquibaseHibernateComparison.FirstApply first = namedSchemas.firstApply();
			out.append("The same model with its three named schemas, ").append(first.entities())
				.append(" entities: ours ").append(first.ours().counts()).append(", drift ").append(first.ours().driftSummary())
				.append("; liquibase-hibernate7's ").append(first.theirs().counts()).append(", drift ")
				.append(first.theirs().driftSummary()).append(".\n\n");
		}
	}

	private void incremental(StringBuilder out) {
		out.append("#### Incremental changelog after ").append(LiquibaseHibernateComparison.CHANGED)
			.append(" entities changed: ours (ChangelogVerifier + EvolutionPlanner) against liquibase-hibernate7's diffChangeLog (ms, median)\n\n")
			.append("| entities | changes ours | changes theirs | ours, kept scratch, model read included | of which reading the model | ours, new scratch | theirs | theirs/ours | theirs/ours without the model read | theirs/ours, new scratch | "
					+ "objects after, ours | objects after, theirs | drift vs new model ours / theirs | shots |\n")
			.append("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|---:|\n");
		for (LiquibaseHibernateComparison.Result result : liquibaseHibernate) {
			LiquibaseHibernateComparison.Incremental next = result.incremental();
			out.append("| ").append(next.entities()).append(" | ").append(changes(next.oursChanges())).append(" | ")
				.append(changes(next.theirsChanges())).append(" | ").append(ms(next.oursMillis())).append(" | ")
				.append(ms(next.oursModelMillis())).append(" | ").append(ms(next.oursNewScratchMillis())).append(" | ")
				.append(ms(next.theirsMillis())).append(" | ").append(ratio(next.speedup())).append(" | ")
				.append(ratio(next.speedupWithoutModel())).append(" | ").append(ratio(next.speedupNewScratch()))
				.append(" | ")
				.append(next.ours().counts()).append(" | ").append(next.theirs().counts()).append(" | ")
				.append(next.ours().driftSummary()).append(" / ").append(next.theirs().driftSummary()).append(" | ")
				.append(next.shots()).append(" |\n");
		}
		out.append('\n');
	}

	private void drift(StringBuilder out) {
		out.append("#### Drift check on PostgreSQL: DriftDetector + LiveSchemaReader against Hibernate's schema validator (ms, median)\n\n")
			.append("| entities | tables | ours | validator | ours/validator | findings, clean database | differences injected | ours: findings / injected ones found | validator: its report | shots |\n")
			.append("|---:|---:|---:|---:|---:|---:|---:|---|---|---:|\n");
		for (DriftComparison.Result result : drift) {
			out.append("| ").append(result.entities()).append(" | ").append(result.tables()).append(" | ")
				.append(ms(result.oursMillis())).append(" | ").append(ms(result.validatorMillis())).append(" | ")
				.append(ratio(result.ratio())).append(" | ").append(result.oursFindingsClean()).append(" | ")
				.append(result.injected().size()).append(" | ").append(result.oursFindings()).append(" / ")
				.append(result.oursFound()).append(" of ").append(result.injected().size()).append(" | ")
				.append(result.validatorMessage().replace("|", "\\|")).append(" | ").append(result.shots()).append(" |\n");
		}
		out.append("\nInjected at ").append(drift.get(drift.size() - 1).entities()).append(" entities: `")
			.append(String.join("`; `", drift.get(drift.size() - 1).injected())).append("`.\n\n");
	}

	private void memory(StringBuilder out) {
		out.append("#### Heap kept after startup: the SchemaAnalysis the starter holds\n\n")
			.append("| entities | objects | retained, JOL graph (MB) | bytes per entity | used heap, held − released (MB) | Mermaid text, built per call (KB) |\n")
			.append("|---:|---:|---:|---:|---:|---:|\n");
		for (RetainedHeap.Result result : memory) {
			out.append("| ").append(result.entities()).append(" | ").append(result.objects()).append(" | ")
				.append(String.format(Locale.ROOT, "%.2f", result.graphBytes() / 1048576.0)).append(" | ")
				.append(Math.round(result.graphBytesPerEntity())).append(" | ")
				.append(String.format(Locale.ROOT, "%.2f", result.heapDeltaBytes() / 1048576.0)).append(" | ")
				.append(Math.round(result.mermaidBytes() / 1024.0)).append(" |\n");
		}
		out.append('\n');
	}

	private void growth(StringBuilder out) {
		List<String> rows = new ArrayList<>();
		growthRow(rows, "first apply, ours per stage", liquibaseHibernate, (r) -> r.firstApply().entities(), (r) -> r.firstApply().oursMillis());
		growthRow(rows, "first apply, ours per object", liquibaseHibernate, (r) -> r.firstApply().entities(), (r) -> r.firstApply().oursPerObjectMillis());
		growthRow(rows, "first apply, liquibase-hibernate7", liquibaseHibernate, (r) -> r.firstApply().entities(), (r) -> r.firstApply().theirsMillis());
		growthRow(rows, "incremental, ours", liquibaseHibernate, (r) -> r.incremental().entities(), (r) -> r.incremental().oursMillis());
		growthRow(rows, "incremental, liquibase-hibernate7", liquibaseHibernate, (r) -> r.incremental().entities(), (r) -> r.incremental().theirsMillis());
		growthRow(rows, "drift check, ours", drift, DriftComparison.Result::entities, DriftComparison.Result::oursMillis);
		growthRow(rows, "drift check, Hibernate validator", drift, DriftComparison.Result::entities, DriftComparison.Result::validatorMillis);
		growthRow(rows, "retained heap", memory, RetainedHeap.Result::entities, (r) -> r.graphBytes());
		if (rows.isEmpty()) {
			return;
		}
		out.append("#### Growth: each figure from one size to the next (×, and k in figure ~ n^k)\n\n")
			.append("| figure | steps |\n|---|---|\n");
		rows.forEach(out::append);
		out.append('\n');
	}

	private static <T> void growthRow(List<String> rows, String name, List<T> results, ToDoubleFunction<T> size,
			ToDoubleFunction<T> value) {
		if (results.size() < 2) {
			return;
		}
		List<String> steps = new ArrayList<>();
		for (int i = 1; i < results.size(); i++) {
			double sizes = size.applyAsDouble(results.get(i)) / size.applyAsDouble(results.get(i - 1));
			double values = value.applyAsDouble(results.get(i)) / value.applyAsDouble(results.get(i - 1));
			steps.add(String.format(Locale.ROOT, "%.0f → %.0f: ×%.2f, k = %.2f", size.applyAsDouble(results.get(i - 1)),
					size.applyAsDouble(results.get(i)), values, Math.log(values) / Math.log(sizes)));
		}
		rows.add("| " + name + " | " + String.join("; ", steps) + " |\n");
	}

	private static String changes(Map<String, Integer> changes) {
		return changes.entrySet()
			.stream()
			.map((entry) -> entry.getValue() + " " + entry.getKey())
			.reduce((a, b) -> a + ", " + b)
			.orElse("none");
	}

	static String ms(double millis) {
		return millis >= 100 ? String.format(Locale.ROOT, "%,.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
	}

	static String ratio(double ratio) {
		return String.format(Locale.ROOT, "%.2f×", ratio);
	}

}
