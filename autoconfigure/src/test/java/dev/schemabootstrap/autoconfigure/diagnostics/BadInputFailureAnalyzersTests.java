package dev.schemabootstrap.autoconfigure.diagnostics;

import liquibase.changelog.ChangeSet;
import liquibase.exception.MigrationFailedException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input failure analyzers leave failures they do not explain to the next analyzer; the real failures they
 * explain are in the {@code badinput} corpus.
 */
class BadInputFailureAnalyzersTests {

	private final IllegalStateException other = new IllegalStateException("other",
			new java.sql.SQLException("syntax error", "42601"));

	@Test
	void doNotApplyToOtherFailures() {
		assertThat(new SchemaBootstrapPropertiesFailureAnalyzer().analyze(other)).isNull();
		assertThat(new LiquibaseChangelogFailureAnalyzer().analyze(other)).isNull();
		assertThat(new LiquibaseMigrationFailureAnalyzer().analyze(other)).isNull();
		assertThat(new DatabaseAccessFailureAnalyzer(new MockEnvironment()).analyze(other)).isNull();
		assertThat(new EntityMappingFailureAnalyzer().analyze(other)).isNull();
	}

	@Test
	void aChangesetFailureWithoutItsProgressIsStillExplainedInLiquibasesWords() {
		// Liquibase ran with a listener of the application's own, so the statements that ran are unknown.
		FailureAnalysis analysis = new LiquibaseMigrationFailureAnalyzer().analyze(new IllegalStateException(
				new MigrationFailedException(new ChangeSet("1", "me", false, false, "db.yaml", null, null, null),
						"boom")));
		assertThat(analysis.getDescription()).startsWith("Liquibase could not apply a changeset: Migration failed")
			.contains("db.yaml::1::me")
			.endsWith("boom")
			.doesNotContain("\n");
		assertThat(analysis.getAction()).isEqualTo("Fix the changeset named above. On a database without"
				+ " transactional DDL (MariaDB/MySQL, H2, Oracle) the statements of the changeset that ran before the"
				+ " failure stay: undo them before the next start.");
	}

}
