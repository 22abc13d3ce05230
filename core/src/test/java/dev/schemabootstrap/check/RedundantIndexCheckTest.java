package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.fixtures.check.redundantindex.Account;
import dev.schemabootstrap.fixtures.check.redundantindex.Ledger;
import dev.schemabootstrap.fixtures.check.redundantindex.Member;

import static org.assertj.core.api.Assertions.assertThat;

class RedundantIndexCheckTest {

	private final Findings findings = Analyses.h2(Account.class, Ledger.class, Member.class)
		.findings()
		.withId(FindingId.REDUNDANT_INDEX.id());

	@Test
	void anIndexOnAUniqueColumnIsRedundant() {
		Finding finding = Analyses.single(findings, "account.ix_account_email");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.message()).contains("ix_account_email", "unique constraint", "(email)");
		assertThat(finding.hint()).contains("Remove @Index(name = \"ix_account_email\")", "Account");
	}

	@Test
	void anIndexThatLeadsAnotherIndexIsRedundant() {
		Finding finding = Analyses.single(findings, "ledger.ix_ledger_code");
		assertThat(finding.message()).contains("is a leading part of", "ix_ledger_code_period(code, period)");
	}

	@Test
	void aUniqueColumnWithoutAnIndexAndAWiderIndexBesideAUniqueOneAreFine() {
		assertThat(findings.asList()).extracting(Finding::subject).noneMatch((subject) -> subject.startsWith("member"));
		assertThat(findings.asList()).extracting(Finding::subject)
			.noneMatch((subject) -> subject.equals("ledger.ix_ledger_code_period"));
	}

}
