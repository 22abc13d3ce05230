package dev.schemabootstrap.sample;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why a test was skipped, on the console of every build, so that a run without database servers says so
 * plainly instead of only counting skipped tests.
 */
public class SkippedTestsReport implements TestExecutionListener {

	@Override
	public void executionSkipped(TestIdentifier test, String reason) {
		System.out.println("SKIPPED " + test.getDisplayName() + ": " + reason);
	}

	@Override
	public void executionFinished(TestIdentifier test, TestExecutionResult result) {
		result.getThrowable()
			.filter((failure) -> failure instanceof org.opentest4j.TestAbortedException)
			.ifPresent((aborted) -> System.out.println("SKIPPED " + test.getDisplayName() + ": " + aborted.getMessage()));
	}

}
