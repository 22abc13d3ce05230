package dev.schemabootstrap.finding;

/**
 * How bad a finding is. {@link #ERROR}: the schema is wrong or cannot work; {@link #WARNING}: it works but
 * will hurt; {@link #INFO}: worth knowing, nothing to fix.
 */
public enum Severity {

	ERROR, WARNING, INFO;

	/** Whether this severity is as bad as, or worse than, the other. */
	public boolean isAtLeast(Severity other) {
		return ordinal() <= other.ordinal();
	}

}
