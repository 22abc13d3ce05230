package dev.schemabootstrap.benchmarks.compare;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import org.openjdk.jol.info.GraphLayout;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.benchmarks.Stages;
import dev.schemabootstrap.benchmarks.model.GeneratedModel;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.report.MermaidDiagram;

/**
 * The heap Schema Bootstrap keeps after startup: the {@link SchemaAnalysis} the starter holds for its endpoint and
 * health indicator (persistence unit, schema model, mapping model, creation plan, findings). Measured twice:
 * JOL's walk of the object graph (every object reachable from the analysis), and the used heap after repeated
 * full collections with the analysis held, minus the same with it released. The Mermaid diagram is built per
 * endpoint call and not kept; its size is shown beside.
 */
public final class RetainedHeap {

	private RetainedHeap() {
	}

	/**
	 * @param graphBytes the size of every object reachable from the analysis (JOL)
	 * @param heapDeltaBytes used heap after full GCs with the analysis held minus with it released
	 * @param mermaidBytes the Mermaid diagram's text, as a String (JOL), built on demand only
	 */
	public record Result(int entities, int objects, long graphBytes, long heapDeltaBytes, long mermaidBytes) {

		public double graphBytesPerEntity() {
			return (double) graphBytes / entities;
		}

	}

	public static Result measure(int size) {
		GeneratedModel model = GeneratedModel.of(size);
		ClassLoader classLoader = model.newClassLoader();
		UnitModel unitModel = Stages.model(model, classLoader);
		SchemaAnalysis[] held = { Stages.analyze(model, unitModel) };
		unitModel = null;
		// JOL 0.17 reads record fields only this way without an agent.
		System.setProperty("jol.magicFieldOffset", "true");
		GraphLayout layout = GraphLayout.parseInstance((Object) held[0]);
		long objects = layout.totalCount();
		long graphBytes = layout.totalSize();
		layout = null; // it references every object of the graph
		long mermaid = GraphLayout.parseInstance(MermaidDiagram.of(held[0].model())).totalSize();
		long withAnalysis = usedAfterCollections();
		held[0] = null;
		long without = usedAfterCollections();
		// The entity classes stay loaded either way, as they do in an application.
		classLoader.getClass();
		return new Result(size, (int) objects, graphBytes, withAnalysis - without, mermaid);
	}

	private static long usedAfterCollections() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
		}
		return used;
	}

}
