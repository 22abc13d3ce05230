package dev.schemabootstrap.finding;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the mapping or the database.
 *
 * @param id the stable kebab-case id of the kind of problem, one of {@link FindingId}; {@code docs/findings/<id>.md}
 *     explains it
 * @param subject what it is about: {@code Entity.attribute} or {@code schema.table.column}
 * @param message what is wrong
 * @param hint what to do about it
 */
public record Finding(String id, Severity severity, String subject, String message, String hint)
		implements Comparable<Finding> {

	private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
		.thenComparing(Finding::id)
		.thenComparing(Finding::subject)
		.thenComparing(Finding::message);

	public Finding {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(hint, "hint");
	}

	/** A finding of a catalogued id. */
	public Finding(FindingId id, Severity severity, String subject, String message, String hint) {
		this(id.id(), severity, subject, message, hint);
	}

	@Override
	public int compareTo(Finding other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return severity + " " + id + " at " + subject + ": " + message + " Fix: " + hint;
	}

}
