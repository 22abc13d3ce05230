package dev.schemabootstrap.check;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/** Each model is stated beside what is asserted of it, compiled in the test ({@link CompiledEntities}). */
class RedundantIndexCheckTest {

	@TempDir
	Path classes;

	@Test
	void anIndexOnAUniqueColumnIsRedundant() {
		Findings findings = redundantIndexes("""
				@Entity
				@Table(indexes = @Index(name = "ix_account_email", columnList = "email"))
				public class Account {
					@Id Long id;
					@Column(unique = true) String email;
				}
				""");

		Finding finding = Analyses.single(findings, "account.ix_account_email");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.message()).contains("ix_account_email", "unique constraint", "(email)");
		assertThat(finding.hint()).contains("Remove @Index(name = \"ix_account_email\")", "Account");
	}

	@Test
	void anIndexThatLeadsAnotherIndexIsRedundant() {
		Findings findings = redundantIndexes("""
				@Entity
				@Table(indexes = { @Index(name = "ix_ledger_code", columnList = "code"),
						@Index(name = "ix_ledger_code_period", columnList = "code, period") })
				public class Ledger {
					@Id Long id;
					String code;
					int period;
				}
				""");

		Finding finding = Analyses.single(findings, "ledger.ix_ledger_code");
		assertThat(finding.message()).contains("is a leading part of", "ix_ledger_code_period(code, period)");
		assertThat(findings.asList()).extracting(Finding::subject).doesNotContain("ledger.ix_ledger_code_period");
	}

	@Test
	void aUniqueColumnWithoutAnIndexAndAWiderIndexBesideAUniqueOneAreFine() {
		Findings findings = redundantIndexes("""
				@Entity
				@Table(indexes = @Index(name = "ix_member_email_name", columnList = "email, name"))
				public class Member {
					@Id Long id;
					@Column(unique = true) String email;
					String name;
					@Column(unique = true) String handle;
				}
				""");

		assertThat(findings.asList()).isEmpty();
	}

	private Findings redundantIndexes(String... sources) {
		return CompiledEntities.h2(classes, sources).findings().withId(FindingId.REDUNDANT_INDEX.id());
	}

}
