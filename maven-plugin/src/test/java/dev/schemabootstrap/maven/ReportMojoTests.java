package dev.schemabootstrap.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.schemabootstrap.maven.fixtures.good.Author;
import dev.schemabootstrap.testing.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report goal on real entity classes and real changelogs (applied by real Liquibase to an embedded scratch
 * database), and its page in a real headless Chromium.
 */
class ReportMojoTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path directory;

	@Test
	void writesTheReportAsJsonAndAsAPageWithoutAChangelog() throws Exception {
		mojo(Author.class.getPackageName()).execute();

		JsonNode report = JSON.readTree(out(ReportMojo.JSON_FILE).toFile());
		assertThat(report.propertyNames()).containsExactlyInAnyOrder("persistenceUnit", "creationOrder", "cycles",
				"findings", "changelog", "mermaid");
		assertThat(report.get("creationOrder").valueStream().map(JsonNode::asString)).containsExactly("author", "book");
		assertThat(report.at("/persistenceUnit/entities").size()).isEqualTo(2);
		assertThat(report.at("/changelog/mode").asString()).isEqualTo("generate");
		assertThat(report.at("/changelog/location").isNull()).isTrue();
		assertThat(report.get("findings").isEmpty()).isTrue();
		assertThat(Files.readString(out(ReportMojo.HTML_FILE))).startsWith("<!DOCTYPE html>")
			.contains("<g class=\"table\" data-table=\"author\"", "<g class=\"table\" data-table=\"book\"")
			.contains("<title>book(author_id) -&gt; author [");
	}

	@Test
	void reportsAChangelogBehindTheEntitiesWithoutFailingTheBuild() throws Exception {
		new MojoProject(directory).writeChangelog(Author.class);

		mojo(Author.class.getPackageName()).execute();

		JsonNode report = JSON.readTree(out(ReportMojo.JSON_FILE).toFile());
		assertThat(report.at("/changelog/mode").asString()).isEqualTo("verify");
		assertThat(report.at("/changelog/location").asString()).isEqualTo("db/changelog/db.changelog-master.yaml");
		assertThat(report.at("/changelog/applied").isNull()).isTrue();
		assertThat(report.get("findings").valueStream().map((finding) -> finding.get("id").asString()))
			.containsExactly("changelog-behind-model");
		assertThat(out(AbstractSchemaMojo.NEXT_FILE)).exists();
		assertThat(Files.readString(out(ReportMojo.HTML_FILE))).contains(">changelog-behind-model</a>");
	}

	@Test
	void reportsErrorFindingsWithoutFailingTheBuildAndHonoursSuppressions() throws Exception {
		mojo("dev.schemabootstrap.maven.fixtures.bad").execute();
		assertThat(Files.readString(out(ReportMojo.JSON_FILE))).contains("\"reserved-word\"");

		ReportMojo suppressing = mojo("dev.schemabootstrap.maven.fixtures.bad");
		suppressing.suppress = List.of("reserved-word");
		suppressing.execute();
		assertThat(Files.readString(out(ReportMojo.JSON_FILE))).doesNotContain("reserved-word");
	}

	@Test
	void writesTheSameBytesEveryTime() throws Exception {
		mojo(Author.class.getPackageName()).execute();
		byte[] json = Files.readAllBytes(out(ReportMojo.JSON_FILE));
		byte[] html = Files.readAllBytes(out(ReportMojo.HTML_FILE));

		mojo(Author.class.getPackageName()).execute();

		assertThat(Files.readAllBytes(out(ReportMojo.JSON_FILE))).isEqualTo(json);
		assertThat(Files.readAllBytes(out(ReportMojo.HTML_FILE))).isEqualTo(html);
	}

	@Test
	void thePageRendersEveryTableInHeadlessChromiumWithoutConsoleErrors() throws Exception {
		mojo(Author.class.getPackageName()).execute();

		try (HeadlessChromium browser = HeadlessChromium.start()) {
			browser.open(out(ReportMojo.HTML_FILE).toUri().toString());

			assertThat(browser.consoleErrors()).isEmpty();
			assertThat(browser.texts("svg.diagram g.table > text")).containsExactlyInAnyOrder("author", "book");
			assertThat(browser.script("return document.querySelectorAll('svg.diagram path.fk').length"))
				.isEqualTo(1L);
			browser.screenshot(Path.of("target", "browser", "report-goal.png"));
		}
	}

	private Path out(String file) {
		return directory.resolve("out").resolve(file);
	}

	private ReportMojo mojo(String entityPackage) {
		return new MojoProject(directory).configure(new ReportMojo(), entityPackage);
	}

}
