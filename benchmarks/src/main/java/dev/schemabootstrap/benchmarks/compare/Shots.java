package dev.schemabootstrap.benchmarks.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Wall-clock times of one action, taken in turns with its peer's in the same JVM, so that both see the same JIT
 * state and the same load from the rest of the machine; the figure is the median.
 */
final class Shots {

	private final List<Double> millis = new ArrayList<>();

	@FunctionalInterface
	interface Action<T> {

		T run() throws Exception;

	}

	/**
	 * The first round of a loop up to {@code shots}: round 0 is an untimed warmup, left out when only one shot is
	 * asked for (the smoke test).
	 */
	static int firstRound(int shots) {
		return shots > 1 ? 0 : 1;
	}

	/** Runs the action once and keeps its time. */
	<T> T time(Action<T> action) throws Exception {
		long start = System.nanoTime();
		T result = action.run();
		millis.add((System.nanoTime() - start) / 1e6);
		return result;
	}

	double median() {
		if (millis.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = millis.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	int count() {
		return millis.size();
	}

}
