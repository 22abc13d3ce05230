package dev.schemabootstrap.autoconfigure;

import java.util.stream.Collectors;

import dev.schemabootstrap.finding.Findings;

/**
 * Thrown at startup when the mapping has findings at or above {@code schema-bootstrap.validation.fail-on}.
 * Carries every finding, so the failure report lists all of them at once. The message names each finding on one
 * line, without its fix: Spring logs it as the refresh fails, and the failure analysis prints the fixes after it.
 */
public class SchemaValidationException extends RuntimeException {

	private final Findings failing;

	private final Findings all;

	private final String failOn;

	private final String docsUrl;

	public SchemaValidationException(Findings failing, Findings all, String failOn) {
		this(failing, all, failOn, DocsLinks.DEFAULT_BASE);
	}

	public SchemaValidationException(Findings failing, Findings all, String failOn, String docsUrl) {
		super("Schema Bootstrap found " + failing.size() + " problem(s) that stop startup:\n" + failing.stream()
			.map((finding) -> "- " + finding.severity() + " [" + finding.id() + "] " + finding.subject() + ": "
					+ finding.message())
			.collect(Collectors.joining("\n")));
		this.failing = failing;
		this.all = all;
		this.failOn = failOn;
		this.docsUrl = docsUrl;
	}

	/** The findings that stop startup. */
	public Findings getFailing() {
		return this.failing;
	}

	/** Every finding, including those below the fail-on level. */
	public Findings getAll() {
		return this.all;
	}

	public String getFailOn() {
		return this.failOn;
	}

	/** The base URL of the documentation ({@code schema-bootstrap.docs-url}) the findings' pages are under. */
	public String getDocsUrl() {
		return this.docsUrl;
	}

}
