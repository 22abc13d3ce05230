package dev.schemabootstrap.finding;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Which findings stop startup ({@code schema-bootstrap.validation.fail-on}) or fail the build (the plugin's
 * {@code failOn}): one rule for both, so the build and the start cannot disagree on it.
 */
public enum FailOn {

	/** Stop on error findings. */
	ERROR,
	/** Stop on error and warning findings. */
	WARNING,
	/** Never stop; findings are logged and shown on Actuator. */
	NEVER;

	/**
	 * The policy a value names, in any case ({@code error}, {@code warning}, {@code never}).
	 * @throws IllegalArgumentException naming the value and the values taken
	 */
	public static FailOn parse(@Nullable String value) {
		String name = value == null ? "" : value.strip();
		return Arrays.stream(values())
			.filter((candidate) -> candidate.name().equalsIgnoreCase(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown fail-on value '" + value + "': use one of "
					+ Arrays.stream(values()).map(FailOn::value).collect(Collectors.joining(", "))));
	}

	/** The findings that stop: those at or above this level; none for {@link #NEVER}. */
	public Findings failing(Findings findings) {
		return switch (this) {
			case ERROR -> findings.atLeast(Severity.ERROR);
			case WARNING -> findings.atLeast(Severity.WARNING);
			case NEVER -> Findings.NONE;
		};
	}

	/** Whether these findings stop startup or the build. */
	public boolean stops(Findings findings) {
		return !failing(findings).isEmpty();
	}

	/** The value as written in configuration: {@code error}, {@code warning}, {@code never}. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The values that stop on fewer findings than this one, as a sentence fragment for a failure's action. */
	public String looser() {
		return switch (this) {
			case WARNING -> "'error' (stop on errors only) or 'never'";
			case ERROR, NEVER -> "'never'";
		};
	}

}
