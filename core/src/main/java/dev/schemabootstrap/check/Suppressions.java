package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;

/**
 * The findings a user chose to accept ({@code schema-bootstrap.validation.suppress}): each entry is a finding id,
 * which silences every finding of that id, or {@code id:subject-glob}, which silences those whose subject
 * matches the glob ({@code *} any characters, {@code ?} one; without regard to case).
 * <p>
 * An entry whose id is no finding id suppresses nothing and is itself reported, as an {@code unknown-suppression}
 * WARNING beside the other findings: its subject is the property and index of the entry, its message quotes the
 * entry, and its hint names the id probably meant. It is a WARNING, not an ERROR, so a suppression left over after
 * an upgrade does not stop startup by itself; a finding it failed to silence still does.
 */
public final class Suppressions {

	/** The property the entries come from. */
	public static final String PROPERTY = "schema-bootstrap.validation.suppress";

	public static final Suppressions NONE = new Suppressions(List.of(), List.of());

	private final List<Entry> entries;

	private final List<Finding> problems;

	private Suppressions(List<Entry> entries, List<Finding> problems) {
		this.entries = List.copyOf(entries);
		this.problems = List.copyOf(problems);
	}

	/** Parses entries against every catalogued finding id. */
	public static Suppressions parse(List<String> entries) {
		return parse(entries, FindingId.ids());
	}

	/** Parses entries against the given ids; never throws: blank entries are ignored, unknown ids reported. */
	public static Suppressions parse(List<String> entries, Collection<String> knownIds) {
		Set<String> known = new TreeSet<>(knownIds);
		List<Entry> parsed = new ArrayList<>();
		List<Finding> problems = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			String entry = entries.get(i) == null ? "" : entries.get(i).strip();
			if (entry.isEmpty()) {
				continue;
			}
			int colon = entry.indexOf(':');
			String id = (colon < 0 ? entry : entry.substring(0, colon)).strip();
			String glob = colon < 0 ? null : entry.substring(colon + 1).strip();
			if (known.contains(id)) {
				parsed.add(new Entry(id, glob == null || glob.isEmpty() ? null : pattern(glob)));
			}
			else {
				problems.add(unknown(i, entry, id, known));
			}
		}
		return new Suppressions(parsed, problems);
	}

	/** Whether some entry silences the finding. */
	public boolean suppresses(Finding finding) {
		return entries.stream().anyMatch((entry) -> entry.matches(finding));
	}

	/**
	 * The findings no entry silences, plus one {@code unknown-suppression} finding for each entry with an unknown id
	 * (unless an entry silences those too).
	 */
	public Findings apply(Findings findings) {
		return findings.and(problems).filter((finding) -> !suppresses(finding));
	}

	/** The entries with an unknown id, as findings. */
	public List<Finding> problems() {
		return problems;
	}

	private static Finding unknown(int index, String entry, String id, Set<String> known) {
		Optional<String> meant = known.stream()
			.min(Comparator.comparingInt((candidate) -> distance(candidate, id)))
			.filter((candidate) -> distance(candidate, id) <= Math.max(2, id.length() / 4));
		return new Finding(FindingId.UNKNOWN_SUPPRESSION, FindingId.UNKNOWN_SUPPRESSION.defaultSeverity(),
				PROPERTY + "[" + index + "]",
				"'" + entry + "' in " + PROPERTY + " names no finding id, so it suppresses nothing",
				meant.map((candidate) -> "Did you mean '" + candidate + "'? ").orElse("")
						+ "Use 'finding-id' or 'finding-id:subject-glob' with one of: " + String.join(", ", known));
	}

	private static Pattern pattern(String glob) {
		StringBuilder regex = new StringBuilder();
		for (char character : glob.toCharArray()) {
			switch (character) {
				case '*' -> regex.append(".*");
				case '?' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(character)));
			}
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
	}

	/** Levenshtein distance, for suggesting the id meant. */
	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	@Override
	public String toString() {
		return entries.toString();
	}

	private record Entry(String id, @Nullable Pattern subject) {

		boolean matches(Finding finding) {
			return finding.id().equals(id) && (subject == null || subject.matcher(finding.subject()).matches());
		}

		@Override
		public String toString() {
			return subject == null ? id : id + ":" + subject.pattern();
		}

	}

}
