package dev.schemabootstrap.autoconfigure.diagnostics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import liquibase.exception.ChangeLogParseException;
import liquibase.exception.LiquibaseException;
import liquibase.exception.ValidationFailedException;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import dev.schemabootstrap.stage.NextChangeSets;

/**
 * Explains a changelog Liquibase refused before it ran anything: YAML or XML that does not parse, an unknown
 * change type, an include of a missing file, duplicate changeset ids, or a changeset edited after it was applied.
 */
public class LiquibaseChangelogFailureAnalyzer implements FailureAnalyzer, Ordered {

	private static final Pattern FILE = Pattern.compile("(?:file|classpath):[^\\s:]+\\.(?:ya?ml|xml|json|sql)");

	private static final Pattern UNKNOWN_CHANGE = Pattern.compile("Unknown change type '([^']+)'");

	private static final Pattern MISSING_FILE = Pattern.compile("The file (\\S+) was not found");

	private static final String NOTHING_APPLIED = "Nothing was applied: Liquibase reads and checks the whole"
			+ " changelog before it runs any changeset.";

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		ValidationFailedException validation = find(failure, ValidationFailedException.class);
		if (validation != null) {
			return validation(validation);
		}
		ChangeLogParseException parse = find(failure, ChangeLogParseException.class);
		return parse != null ? parse(parse) : null;
	}

	private FailureAnalysis parse(ChangeLogParseException parse) {
		String changelog = file(parse.getMessage());
		MarkedYAMLException yaml = find(parse, MarkedYAMLException.class);
		if (yaml != null) {
			Mark problem = yaml.getProblemMark();
			return new FailureAnalysis("The changelog " + changelog + " is not valid YAML, at " + at(problem) + ": "
					+ yaml.getProblem() + (yaml.getContextMark() != null ? " (" + yaml.getContext() + " that starts at "
							+ at(yaml.getContextMark()) + ")" : "") + ".",
					"Fix the YAML at that line: most often a key is indented differently from the keys beside it. "
							+ NOTHING_APPLIED,
					parse);
		}
		String reason = deepestMessage(parse);
		Matcher unknownChange = UNKNOWN_CHANGE.matcher(reason);
		if (unknownChange.find()) {
			return new FailureAnalysis("The changelog " + changelog + " uses an unknown change type '"
					+ unknownChange.group(1) + "'.",
					"Correct the name of the change type (for example createTable, addColumn, createIndex, sql; names"
							+ " are case-sensitive), or add the jar of the Liquibase extension that provides it. "
							+ NOTHING_APPLIED,
					parse);
		}
		Matcher missingFile = MISSING_FILE.matcher(reason);
		if (missingFile.find()) {
			return new FailureAnalysis("The changelog " + changelog + " includes " + missingFile.group(1)
					+ ", which does not exist.",
					"Correct the path of the include (with 'relativeToChangelogFile: true' it is resolved beside the"
							+ " including file) or add the missing file. " + NOTHING_APPLIED,
					parse);
		}
		return new FailureAnalysis("Liquibase could not read the changelog " + changelog + ": " + reason,
				"Fix the changelog at the place named above. " + NOTHING_APPLIED, parse);
	}

	private FailureAnalysis validation(ValidationFailedException validation) {
		String problems = validation.getMessage()
			.replaceFirst("^Validation Failed:\\s*", "")
			.strip()
			.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.map((line) -> "  " + line)
			.collect(Collectors.joining("\n"));
		String action;
		if (problems.contains("duplicate identifiers") && problems.contains(NextChangeSets.LOGICAL_PATH + "::")) {
			// Before checksums: a second file repeating an applied file's ids and path fails their checksums too.
			action = "Two changesets share id, author and logical path (listed above): two files of changesets"
					+ " Schema Bootstrap wrote before each got a logicalFilePath of its own (both '"
					+ NextChangeSets.LOGICAL_PATH + "'); a checksum error on the same ids is that clash, not an"
					+ " edit. Keep the file that was applied as it is and give the newer one its own logicalFilePath (or"
					+ " write it again: startup and schema-bootstrap:check now give every such file its own). ";
		}
		else if (!validation.getInvalidMD5Sums().isEmpty()) {
			action = "A changeset that was applied has been edited since: never edit an applied changeset. Revert"
					+ " the edit and make the change in a new changeset; if the edit changes nothing in the database"
					+ " (a comment, formatting), add 'validCheckSum: <the new checksum>' to the changeset. ";
		}
		else {
			action = "Correct each problem listed above in the changelog. ";
		}
		return new FailureAnalysis("Liquibase refused the changelog before running any changeset:\n" + problems,
				action + NOTHING_APPLIED, validation);
	}

	private static String at(Mark mark) {
		return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
	}

	private static String file(@Nullable String message) {
		Matcher matcher = FILE.matcher(String.valueOf(message));
		return matcher.find() ? matcher.group() : "(unknown file)";
	}

	private static String deepestMessage(Throwable failure) {
		String message = failure.getMessage();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && (cause instanceof LiquibaseException || cause.getCause() == null)) {
				message = cause.getMessage();
			}
		}
		return DatabaseErrors.oneLine(message);
	}

	private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
