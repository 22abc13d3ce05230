package dev.schemabootstrap.test;

import java.util.Collection;

import org.assertj.core.api.AbstractAssert;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.check.Suppressions;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;

/**
 * Assertions on a {@link SchemaAnalysis}. Failure messages list the findings in full, with their hints, as the
 * startup report does.
 */
public class SchemaAnalysisAssert extends AbstractAssert<SchemaAnalysisAssert, SchemaAnalysis> {

	private Suppressions suppressions = Suppressions.NONE;

	protected SchemaAnalysisAssert(SchemaAnalysis actual) {
		super(actual, SchemaAnalysisAssert.class);
	}

	/** Ignores the findings the entries suppress, as {@code schema-bootstrap.validation.suppress} would. */
	public SchemaAnalysisAssert ignoring(Collection<String> suppressEntries) {
		this.suppressions = Suppressions.parse(java.util.List.copyOf(suppressEntries));
		return this;
	}

	public SchemaAnalysisAssert ignoring(String... suppressEntries) {
		return ignoring(java.util.List.of(suppressEntries));
	}

	/** Fails when the analysis has an ERROR finding. */
	public SchemaAnalysisAssert hasNoErrors() {
		return hasNoFindingsAtLeast(Severity.ERROR);
	}

	/** Fails when the analysis has a finding as bad as, or worse than, the severity. */
	public SchemaAnalysisAssert hasNoFindingsAtLeast(Severity severity) {
		isNotNull();
		Findings found = findings().atLeast(severity);
		if (!found.isEmpty()) {
			failWithMessage("Expected no findings of severity %s or worse, but found %d:%n%s", severity, found.size(),
					found);
		}
		return this;
	}

	/** Fails unless the analysis has a finding with the id about the subject. */
	public SchemaAnalysisAssert hasFinding(String id, String subject) {
		isNotNull();
		boolean present = findings().stream()
			.anyMatch((finding) -> finding.id().equals(id) && finding.subject().equals(subject));
		if (!present) {
			failWithMessage("Expected a finding [%s] about %s, but found:%n%s", id, subject, describe(findings()));
		}
		return this;
	}

	/** Fails unless the analysis has a finding with the id. */
	public SchemaAnalysisAssert hasFinding(String id) {
		isNotNull();
		if (findings().withId(id).isEmpty()) {
			failWithMessage("Expected a finding [%s], but found:%n%s", id, describe(findings()));
		}
		return this;
	}

	/** Fails when the analysis has a finding with the id about the subject. */
	public SchemaAnalysisAssert doesNotHaveFinding(String id, String subject) {
		isNotNull();
		Findings found = findings().filter((finding) -> finding.id().equals(id) && finding.subject().equals(subject));
		if (!found.isEmpty()) {
			failWithMessage("Expected no finding [%s] about %s, but found:%n%s", id, subject, found);
		}
		return this;
	}

	private Findings findings() {
		return suppressions.apply(actual.findings());
	}

	private static String describe(Findings findings) {
		return findings.isEmpty() ? "no findings" : findings.toString();
	}

}
