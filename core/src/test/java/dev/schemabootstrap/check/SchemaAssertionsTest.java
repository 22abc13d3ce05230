package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.fixtures.check.redundantindex.Account;
import dev.schemabootstrap.fixtures.check.reservedword.User;
import dev.schemabootstrap.fixtures.store.Customer;

import static dev.schemabootstrap.test.SchemaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SchemaAssertionsTest {

	private static final String POSTGRESQL = "org.hibernate.dialect.PostgreSQLDialect";

	@Test
	void aCleanMappingPasses() {
		assertThat(SchemaAnalyzer.standard().analyze(POSTGRESQL, Customer.class)).hasNoErrors()
			.hasNoFindingsAtLeast(Severity.INFO);
	}

	@Test
	void anErrorFailsHasNoErrorsListingEveryFinding() {
		SchemaAnalysis analysis = SchemaAnalyzer.standard().analyze(POSTGRESQL, User.class, Account.class);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(analysis).hasNoErrors())
			.withMessageContaining("[reserved-word] user")
			.withMessageContaining("Fix: Rename the table");
		assertThat(analysis).ignoring("reserved-word:user").hasNoErrors();
	}

	@Test
	void findingsCanBeAssertedByIdAndSubject() {
		SchemaAnalysis analysis = SchemaAnalyzer.standard().analyze(POSTGRESQL, Account.class);
		assertThat(analysis).hasFinding("redundant-index", "account.ix_account_email")
			.hasFinding("redundant-index")
			.doesNotHaveFinding("reserved-word", "account")
			.hasNoErrors();
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(analysis).hasNoFindingsAtLeast(Severity.WARNING))
			.withMessageContaining("ix_account_email");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(analysis).hasFinding("redundant-index", "other"));
	}

}
