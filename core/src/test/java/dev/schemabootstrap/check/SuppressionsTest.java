package dev.schemabootstrap.check;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionsTest {

	private final Finding redundant = new Finding("redundant-index", Severity.WARNING, "account.ix_account_email",
			"m", "h");

	private final Finding reserved = new Finding("reserved-word", Severity.ERROR, "user", "m", "h");

	private final Findings findings = Findings.of(redundant, reserved);

	@Test
	void anIdSilencesEveryFindingOfThatId() {
		assertThat(Suppressions.parse(List.of("redundant-index")).apply(findings).asList()).containsExactly(reserved);
	}

	@Test
	void aSubjectGlobSilencesOnlyMatchingSubjects() {
		assertThat(Suppressions.parse(List.of("redundant-index:ACCOUNT.*")).apply(findings).asList())
			.containsExactly(reserved);
		assertThat(Suppressions.parse(List.of("redundant-index:ledger.*")).apply(findings).asList())
			.containsExactly(reserved, redundant);
		assertThat(Suppressions.parse(List.of("reserved-word:use?")).apply(findings).asList())
			.containsExactly(redundant);
	}

	@Test
	void anUnknownIdIsReportedWithTheIdMeant() {
		Findings result = Suppressions.parse(List.of(" ", "redundant-indexes:account.*")).apply(findings);
		Finding problem = Analyses.single(result, Suppressions.PROPERTY + "[1]");
		assertThat(problem.id()).isEqualTo("redundant-indexes");
		assertThat(problem.severity()).isEqualTo(Severity.WARNING);
		assertThat(problem.message()).contains("names no finding id");
		assertThat(problem.hint()).startsWith("Did you mean 'redundant-index'?");
		assertThat(result.asList()).contains(redundant, reserved);
	}

	@Test
	void databaseFindingIdsMayBeSuppressed() {
		assertThat(Suppressions.parse(List.of("schema-drift", "stale-lock")).problems()).isEmpty();
	}

}
