package dev.schemabootstrap.testing;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.opentest4j.TestAbortedException;

/**
 * Prints why a test was skipped on the console of every build (Surefire only counts them), so that a run without
 * database servers says so plainly. Registered for every module that has the core test-jar on its test class path.
 */
public class SkippedTestsReport implements TestExecutionListener {

	@Override
	public void executionSkipped(TestIdentifier test, String reason) {
		print(test, reason);
	}

	@Override
	public void executionFinished(TestIdentifier test, TestExecutionResult result) {
		result.getThrowable()
			.filter(TestAbortedException.class::isInstance)
			.ifPresent((aborted) -> print(test, aborted.getMessage()));
	}

	private static void print(TestIdentifier test, String reason) {
		String name = test.getSource()
			.filter(MethodSource.class::isInstance)
			.map((source) -> ((MethodSource) source).getJavaClass().getSimpleName() + "." + test.getDisplayName())
			.orElse(test.getDisplayName());
		System.out.println("SKIPPED " + name + ": " + reason);
	}

}
