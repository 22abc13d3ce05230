package dev.schemabootstrap.check;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;

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
		assertThat(problem.id()).isEqualTo("unknown-suppression");
		assertThat(problem.severity()).isEqualTo(Severity.WARNING);
		assertThat(problem.message()).isEqualTo("'redundant-indexes:account.*' in " + Suppressions.PROPERTY
				+ " names no finding id, so it suppresses nothing");
		assertThat(problem.hint()).startsWith("Did you mean 'redundant-index'?");
		assertThat(result.asList()).contains(redundant, reserved);
	}

	@Test
	void anUnknownSuppressionMayItselfBeSuppressed() {
		Findings result = Suppressions.parse(List.of("no-such-finding", "unknown-suppression")).apply(findings);
		assertThat(result.asList()).containsExactly(reserved, redundant);
	}

	@Test
	void everyCataloguedIdMayBeSuppressed() {
		assertThat(Suppressions.parse(FindingId.ids()).problems()).isEmpty();
	}

	@Test
	void databaseFindingIdsMayBeSuppressed() {
		assertThat(Suppressions.parse(List.of("schema-drift", "stale-lock")).problems()).isEmpty();
	}

}
