package dev.schemabootstrap.autoconfigure.diagnostics;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.schemabootstrap.autoconfigure.DocsLinks;
import dev.schemabootstrap.autoconfigure.SchemaValidationException;
import dev.schemabootstrap.finding.FailOn;
import dev.schemabootstrap.finding.Finding;

/**
 * Explains a {@link SchemaValidationException}: every finding that stopped startup, grouped by severity, each
 * with its subject and how to fix it, and the properties that change what stops startup.
 */
public class SchemaValidationFailureAnalyzer extends AbstractFailureAnalyzer<SchemaValidationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SchemaValidationException cause) {
		FailOn failOn = FailOn.parse(cause.getFailOn());
		String description = "Schema Bootstrap found " + cause.getFailing().size()
				+ " problem(s) that stop startup (schema-bootstrap.validation.fail-on="
				+ failOn.value() + "):\n\n" + cause.getFailing();
		DocsLinks links = DocsLinks.of(cause.getDocsUrl());
		String docs = cause.getFailing()
			.stream()
			.map(Finding::id)
			.distinct()
			.map((id) -> "  " + links.finding(id))
			.collect(Collectors.joining("\n"));
		String action = "Fix each problem as its 'Fix:' line says; each finding is explained in:\n" + docs
				+ "\nTo start anyway, silence a finding with 'schema-bootstrap.validation.suppress=<id>' or"
				+ " '<id>:<subject-glob>', or set 'schema-bootstrap.validation.fail-on' to " + failOn.looser() + ".";
		return new FailureAnalysis(description, action, cause);
	}

}
