package dev.schemabootstrap.autoconfigure;

import dev.schemabootstrap.check.Findings;

/**
 * Thrown at startup when the mapping has findings at or above {@code schema-bootstrap.validation.fail-on}.
 * Carries every finding, so the failure report lists all of them at once.
 */
public class SchemaValidationException extends RuntimeException {

	private final Findings failing;

	private final Findings all;

	private final String failOn;

	public SchemaValidationException(Findings failing, Findings all, String failOn) {
		super("Schema Bootstrap found " + failing.size() + " problem(s) that stop startup:\n" + failing);
		this.failing = failing;
		this.all = all;
		this.failOn = failOn;
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

}
