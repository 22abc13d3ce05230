package dev.schemabootstrap.autoconfigure.diagnostics;

import liquibase.exception.LockException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;


import static org.assertj.core.api.Assertions.assertThat;

class LiquibaseLockFailureAnalyzerTests {

	private final LiquibaseLockFailureAnalyzer analyzer = new LiquibaseLockFailureAnalyzer(
			new MockEnvironment().withProperty("schema-bootstrap.lock.stale-after", "30m"));

	@Test
	void saysWhoHoldsTheLockAndHowToReleaseIt() {
		FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("liquibase failed",
				new LockException("Could not acquire change log lock.  Currently locked by worker-7 (10.0.0.7) since"
						+ " 11/24/26, 2:37 PM")));
		assertThat(analysis.getDescription()).isEqualTo("Liquibase waited for its lock and gave up: Could not acquire"
				+ " change log lock. Currently locked by worker-7 (10.0.0.7) since 11/24/26, 2:37 PM. The lock was"
				+ " younger than schema-bootstrap.lock.stale-after=30m, so it was taken for a migration still running"
				+ " elsewhere.");
		assertThat(analysis.getAction()).contains("schema-bootstrap.lock.release-stale=true")
			.contains("UPDATE DATABASECHANGELOGLOCK SET LOCKED = FALSE, LOCKGRANTED = NULL, LOCKEDBY = NULL");
	}

	@Test
	void leavesOtherLockFailuresToLiquibase() {
		assertThat(analyzer.analyze(new LockException("Error creating the lock table"))).isNull();
	}

}
