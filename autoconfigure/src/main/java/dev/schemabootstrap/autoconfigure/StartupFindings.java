package dev.schemabootstrap.autoconfigure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.schemabootstrap.check.Suppressions;
import dev.schemabootstrap.finding.FailOn;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;

/**
 * The rule startup applies to the findings of each of its stages (settings, model, database, adoption, drift, other
 * persistence units): the suppressed ones ({@code validation.suppress}) are dropped, the new ones logged one line
 * each, and startup stops when any finding reaches {@code validation.fail-on} ({@link FailOn}, the rule the Maven
 * plugin applies too). The findings that stop startup are not logged: the failure analysis prints them, with their
 * fixes, once.
 */
final class StartupFindings {

	/** The findings are logged as the bootstrapper's, where users look for them. */
	private static final Log logger = LogFactory.getLog(SchemaBootstrapper.class);

	private final Suppressions suppressions;

	private final FailOn failOn;

	private final String docsUrl;

	StartupFindings(SchemaBootstrapProperties properties) {
		this.suppressions = Suppressions.parse(properties.getValidation().getSuppress());
		this.failOn = properties.getValidation().getFailOn();
		this.docsUrl = properties.getDocsUrl();
	}

	/** The {@code unknown-suppression} findings of the suppressions configured. */
	List<Finding> suppressionProblems() {
		return suppressions.problems();
	}

	/**
	 * @param known the findings of the earlier stages
	 * @param found the findings of this stage
	 * @return every finding so far
	 * @throws SchemaValidationException with every finding so far, when some reach {@code validation.fail-on}
	 */
	Findings add(Findings known, Findings found) {
		// A finding reported at an earlier stage (settings before Liquibase, the model after it) is not new.
		Set<Finding> reported = new HashSet<>(known.asList());
		Findings added = suppressions.apply(found).filter((finding) -> !reported.contains(finding));
		Findings all = known.and(added);
		Findings failing = failOn.failing(all);
		Set<Finding> stopping = new HashSet<>(failing.asList());
		added.filter((finding) -> !stopping.contains(finding)).forEach(StartupFindings::log);
		if (!failing.isEmpty()) {
			throw new SchemaValidationException(failing, all, failOn.name(), docsUrl);
		}
		return all;
	}

	private static void log(Finding finding) {
		String line = "Schema Bootstrap: " + finding.severity() + " [" + finding.id() + "] " + finding.subject() + ": "
				+ finding.message() + (finding.message().endsWith(".") ? "" : ".") + " Fix: " + finding.hint();
		if (finding.severity() == Severity.INFO) {
			logger.info(line);
		}
		else {
			logger.warn(line);
		}
	}

}
