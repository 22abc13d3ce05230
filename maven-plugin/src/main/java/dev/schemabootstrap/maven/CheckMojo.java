package dev.schemabootstrap.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.check.Suppressions;
import dev.schemabootstrap.finding.FailOn;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.report.HtmlReport;

/**
 * {@code schema-bootstrap:check}: fails the build when the entities have error findings, or when the project's own
 * changelog does not cover them ({@code changelog-behind-model}), without starting the application and without a
 * live database: the changelog is applied to an embedded scratch database. The changesets it lacks are written to
 * {@code outputDirectory} for review.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
		threadSafe = true)
public class CheckMojo extends AbstractSchemaMojo {

	@Override
	void execute(SchemaAnalysis analysis, Evolution evolution) throws MojoExecutionException, MojoFailureException {
		Findings findings = analysis.findings().and(changelogFindings(evolution));
		Suppressions suppressions = Suppressions.parse(suppress);
		report(suppressions.apply(findings));
	}

	private void report(Findings findings) throws MojoFailureException {
		if (!findings.isEmpty()) {
			getLog().info("Schema Bootstrap findings:\n" + findings);
		}
		FailOn level;
		try {
			level = FailOn.parse(failOn);
		}
		catch (IllegalArgumentException ex) {
			throw new MojoFailureException(ex.getMessage() + " (the <failOn> parameter, or -Dschema-bootstrap.fail-on)");
		}
		Findings failing = level.failing(findings);
		if (!failing.isEmpty()) {
			throw new MojoFailureException("Schema Bootstrap found " + failing.size()
					+ " problem(s) that fail the build (failOn=" + level.value() + "):\n" + failing
					+ "\nEach finding is explained in " + HtmlReport.FINDINGS_DOCS
					+ "<id>.md; silence one with <suppress>.");
		}
	}

}
