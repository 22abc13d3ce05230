package dev.schemabootstrap.report;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.testing.ModelBuilder;

import static dev.schemabootstrap.testing.ModelBuilder.model;
import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTests {

	private static final SchemaReport.Changelog CHANGELOG = new SchemaReport.Changelog("verify",
			"db/changelog/db.changelog-master.yaml", null, null);

	private static final Pattern TABLE_BOX = Pattern
		.compile("<g class=\"table\" data-table=\"([^\"]*)\" data-depth=\"(\\d+)\"><title>[^<]*</title><rect x=\"(\\d+)\"");

	@Test
	void drawsABoxPerTableInColumnsByForeignKeyDepth() {
		String page = render(model().tables("sales.line", "sales.sale", "customer", "note")
			.requiredFk("sales.line", "sales.sale")
			.requiredFk("sales.sale", "customer")
			.build());

		Map<String, int[]> boxes = boxes(page);
		assertThat(boxes).containsOnlyKeys("customer", "note", "sales.sale", "sales.line");
		assertThat(boxes.get("customer")[0]).isZero();
		assertThat(boxes.get("note")[0]).isZero();
		assertThat(boxes.get("sales.sale")[0]).isEqualTo(1);
		assertThat(boxes.get("sales.line")[0]).isEqualTo(2);
		assertThat(boxes.get("customer")[1]).isEqualTo(boxes.get("note")[1])
			.isLessThan(boxes.get("sales.sale")[1]);
		assertThat(boxes.get("sales.sale")[1]).isLessThan(boxes.get("sales.line")[1]);
		assertThat(page.split("<path class=\"fk\" d=\"M", -1)).hasSize(3);
		assertThat(page).contains("<title>sales.sale(customer_id) -&gt; customer [fk_sale_customer_id]</title>")
			.contains("<title>sales.line(sale_id) -&gt; sales.sale [fk_line_sale_id]</title>");
	}

	@Test
	void drawsCycleKeysDashedAndTheKeyThatBreaksTheCycleRed() {
		String page = render(model().tables("orders", "batches", "plain")
			.requiredFk("batches", "orders")
			.optionalFk("orders", "batches")
			.requiredFk("plain", "orders")
			.build());

		assertThat(page).containsOnlyOnce("class=\"fk cycle deferred\"")
			.containsOnlyOnce("class=\"fk cycle\"")
			.containsOnlyOnce("class=\"fk\"")
			.contains("<title>orders(batches_id) -&gt; batches [fk_orders_batches_id]</title>")
			.contains("<h2 id=\"cycles\">Cycles</h2>")
			.contains("yes: the deferred keys may stay empty");
	}

	@Test
	void escapesEveryNameAndKeepsThePageAscii() {
		String odd = "odd<b>&\"quote'\u00e9\u4e2d\u0007";
		SchemaModel model = model().tables(odd, "plain").requiredFk(odd, "plain").build();
		Finding finding = new Finding("reserved-word", Severity.WARNING, odd + ".id", "<script>alert(1)</script>",
				"rename & retry");

		String page = new HtmlReport().render(report(model, Findings.of(finding)), analysis(model).plan());

		assertThat(page).doesNotContain("<b>", "<script>", "\u00e9", "\u0007")
			.contains("data-table=\"odd&lt;b&gt;&amp;&quot;quote&#39;&#xE9;&#x4E2D;&#xFFFD;\"")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("rename &amp; retry");
		assertThat(page.chars()).allMatch((character) -> character < 128);
	}

	@Test
	void linksEachFindingToItsPage() {
		SchemaModel model = model().tables("a").build();
		Findings findings = Findings.of(new Finding("redundant-index", Severity.WARNING, "a.ix", "repeats", "drop it"),
				new Finding("reserved-word", Severity.ERROR, "a.order", "reserved", "rename it"));

		String page = new HtmlReport("https://docs.example/findings/").render(report(model, findings),
				analysis(model).plan());

		assertThat(page).contains("<a href=\"https://docs.example/findings/redundant-index.md\">redundant-index</a>")
			.contains("<a href=\"https://docs.example/findings/reserved-word.md\">reserved-word</a>")
			.contains("<span class=\"ERROR\">1 error</span>, <span class=\"WARNING\">1 warning</span>");
		assertThat(new HtmlReport().render(report(model, findings), analysis(model).plan()))
			.contains("<a href=\"" + HtmlReport.FINDINGS_DOCS + "reserved-word.md\">");
	}

	@Test
	void theSameModelGivesTheSameBytesWhateverOrderItWasBuiltIn() {
		ModelBuilder builder = model().tables("a", "b", "c", "s.d", "e")
			.requiredFk("a", "b")
			.optionalFk("b", "a")
			.requiredFk("c", "s.d")
			.requiredFk("e", "c")
			.optionalFk("e", "e");

		String first = render(builder.buildShuffled(new Random(1)));
		String second = render(builder.buildShuffled(new Random(2)));

		assertThat(first).isEqualTo(second);
	}

	@Test
	void aThousandUnrelatedTablesWrapIntoColumnsInsteadOfOneEndlessColumn() {
		String[] names = IntStream.range(0, 1000).mapToObj((i) -> String.format("table_%04d", i))
			.toArray(String[]::new);
		SchemaModel model = model().tables(names).build();

		DiagramLayout layout = DiagramLayout.of(analysis(model).plan());

		assertThat(layout.boxes()).hasSize(1000);
		assertThat(layout.boxes().stream().mapToInt(DiagramLayout.Box::column).max().getAsInt())
			.isEqualTo(1000 / DiagramLayout.ROWS_PER_COLUMN - 1);
		assertThat(layout.height())
			.isEqualTo(2 * DiagramLayout.MARGIN + DiagramLayout.ROWS_PER_COLUMN
					* (DiagramLayout.BOX_HEIGHT + DiagramLayout.ROW_GAP) - DiagramLayout.ROW_GAP);
		assertThat(boxes(render(model))).hasSize(1000);
	}

	/** Depth and x by table label, read back from the page. */
	static Map<String, int[]> boxes(String page) {
		Map<String, int[]> boxes = new TreeMap<>();
		Matcher matcher = TABLE_BOX.matcher(page);
		while (matcher.find()) {
			boxes.put(matcher.group(1), new int[] { Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)) });
		}
		return boxes;
	}

	private static String render(SchemaModel model) {
		return new HtmlReport().render(report(model, analysis(model).findings()), analysis(model).plan());
	}

	private static SchemaReport report(SchemaModel model, Findings findings) {
		return SchemaReport.of(analysis(model), findings, CHANGELOG);
	}

	private static SchemaAnalysis analysis(SchemaModel model) {
		return SchemaAnalyzer.standard().analyze(PersistenceUnit.of(), model, Map.of());
	}

}
