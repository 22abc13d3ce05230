package dev.schemabootstrap.finding;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An immutable, sorted, de-duplicated collection of findings: worst first, then by id and subject, so reports
 * built from it are deterministic.
 */
public final class Findings implements Iterable<Finding> {

	public static final Findings NONE = new Findings(List.of());

	private final List<Finding> findings;

	private Findings(Collection<Finding> findings) {
		this.findings = List.copyOf(new TreeSet<>(findings));
	}

	public static Findings of(Collection<Finding> findings) {
		return findings.isEmpty() ? NONE : new Findings(findings);
	}

	public static Findings of(Finding... findings) {
		return of(List.of(findings));
	}

	public Findings and(Findings other) {
		return of(Stream.concat(findings.stream(), other.findings.stream()).toList());
	}

	public Findings and(Collection<Finding> other) {
		return of(Stream.concat(findings.stream(), other.stream()).toList());
	}

	public Findings filter(Predicate<Finding> predicate) {
		return of(findings.stream().filter(predicate).toList());
	}

	/** The findings as bad as, or worse than, the given severity. */
	public Findings atLeast(Severity severity) {
		return filter((finding) -> finding.severity().isAtLeast(severity));
	}

	public Findings withId(String id) {
		return filter((finding) -> finding.id().equals(id));
	}

	public Findings withId(FindingId id) {
		return withId(id.id());
	}

	public long count(Severity severity) {
		return findings.stream().filter((finding) -> finding.severity() == severity).count();
	}

	/** Counts by severity, every severity present (zero when none). */
	public Map<Severity, Long> countsBySeverity() {
		Map<Severity, Long> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, count(severity));
		}
		return counts;
	}

	public boolean isEmpty() {
		return findings.isEmpty();
	}

	public int size() {
		return findings.size();
	}

	public List<Finding> asList() {
		return findings;
	}

	public Stream<Finding> stream() {
		return findings.stream();
	}

	@Override
	public Iterator<Finding> iterator() {
		return findings.iterator();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Findings that && findings.equals(that.findings);
	}

	@Override
	public int hashCode() {
		return findings.hashCode();
	}

	/** A plain list, one finding per line, grouped by severity, each with its subject and hint. */
	@Override
	public String toString() {
		return findings.stream()
			.collect(Collectors.groupingBy(Finding::severity, () -> new EnumMap<>(Severity.class),
					Collectors.toList()))
			.entrySet()
			.stream()
			.map((group) -> group.getKey() + " (" + group.getValue().size() + "):\n" + group.getValue()
				.stream()
				.map((finding) -> "- [" + finding.id() + "] " + finding.subject() + ": " + finding.message()
						+ "\n  Fix: " + finding.hint())
				.collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

}
