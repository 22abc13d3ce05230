package dev.schemabootstrap.maven;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.check.Suppressions;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.report.HtmlReport;
import dev.schemabootstrap.report.SchemaReport;

/**
 * {@code schema-bootstrap:report}: writes the report of the project's entities to {@code outputDirectory} as JSON
 * ({@value #JSON_FILE}, the shape of {@code /actuator/schema}) and as one HTML page with the foreign-key diagram
 * ({@value #HTML_FILE}), without starting the application and without a live database. The findings are the
 * entity model's and, when the project has a changelog, {@code changelog-behind-model} from applying it to an
 * embedded scratch database as {@code check} does; applied and pending changesets are not known without the
 * application's database and stay empty. It never fails the build on findings: that is {@code check}'s job.
 */
@Mojo(name = "report", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ReportMojo extends AbstractSchemaMojo {

	static final String JSON_FILE = "schema-report.json";

	static final String HTML_FILE = "schema-report.html";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Override
	void execute(SchemaAnalysis analysis, Evolution evolution) throws MojoExecutionException {
		Suppressions suppressions = Suppressions.parse(suppress);
		Findings findings = suppressions.apply(analysis.findings().and(changelogFindings(evolution)))
			.and(suppressions.problems());
		boolean hasChangelog = Files.isRegularFile(changelogFile());
		SchemaReport report = SchemaReport.of(analysis, findings,
				new SchemaReport.Changelog(hasChangelog ? "verify" : "generate", hasChangelog ? changelog : null, null,
						null));
		Path directory = outputDirectory.toPath();
		writeFile(directory.resolve(JSON_FILE), JSON.writeValueAsString(report) + "\n");
		writeFile(directory.resolve(HTML_FILE), new HtmlReport().render(report, analysis.plan()));
		getLog().info("Wrote the schema report of " + analysis.model().tables().size() + " tables and "
				+ findings.size() + " finding(s) to " + directory.resolve(HTML_FILE) + " and " + JSON_FILE);
	}

}
