package dev.schemabootstrap.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.testing.HeadlessChromium;
import dev.schemabootstrap.testing.ModelBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page in a real headless Chromium: it loads without a console error and the diagram shows every table, for a
 * model of a thousand tables in three schemas with chains, a cycle and a name that needs escaping.
 */
class HtmlReportInBrowserTests {

	@TempDir
	Path directory;

	@Test
	void aThousandTablesRenderWithoutConsoleErrorsAndEveryTableHasABox() throws Exception {
		SchemaModel model = thousandTables();
		SchemaAnalysis analysis = SchemaAnalyzer.standard().analyze(PersistenceUnit.of(), model, Map.of());
		SchemaReport report = SchemaReport.of(analysis, analysis.findings(),
				new SchemaReport.Changelog("generate", null, null, null));
		Path page = Files.writeString(directory.resolve("schema-report.html"),
				new HtmlReport().render(report, analysis.plan()));

		try (HeadlessChromium browser = HeadlessChromium.start()) {
			browser.open(page.toUri().toString());

			assertThat(browser.consoleErrors()).isEmpty();
			assertThat(browser.texts("svg.diagram g.table > text"))
				.containsExactlyInAnyOrderElementsOf(model.tables().stream().map((table) -> table.name().toString()).toList());
			assertThat(browser.script("return document.querySelectorAll('svg.diagram path.cycle').length"))
				.isEqualTo(2L);
			assertThat(browser.script("return Math.round(document.querySelector('svg.diagram g.table rect')"
					+ ".getBoundingClientRect().width) > 0")).isEqualTo(true);
			browser.screenshot(Path.of("target", "browser", "html-report-1000-tables.png"));
		}
	}

	/** Chains of ten tables across three schemas, one two-table cycle, and a name with markup in it. */
	private static SchemaModel thousandTables() {
		List<String> schemas = List.of("sales", "stock", "billing");
		String[] names = IntStream.range(0, 997)
			.mapToObj((i) -> schemas.get(i % 3) + ".t" + String.format("%04d", i))
			.toArray(String[]::new);
		ModelBuilder builder = ModelBuilder.model().tables(names).tables("a<b>&c", "cycle_one", "cycle_two");
		for (int i = 10; i < 997; i++) {
			if (i % 10 != 0) {
				builder.requiredFk(names[i], names[i - 1]);
			}
		}
		builder.requiredFk("a<b>&c", names[5]).requiredFk("cycle_one", "cycle_two").optionalFk("cycle_two", "cycle_one");
		SchemaModel model = builder.build();
		assertThat(model.tables()).hasSize(1000).extracting(Table::name).doesNotHaveDuplicates();
		return model;
	}

}
