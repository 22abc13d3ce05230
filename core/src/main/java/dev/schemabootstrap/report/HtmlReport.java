package dev.schemabootstrap.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.EntityMapping;
import dev.schemabootstrap.plan.CreationPlan;

/**
 * The report as one self-contained HTML page: the foreign-key diagram as inline SVG, the tables by schema, the
 * creation order, the cycles and how they are broken, every finding linked to its documentation, and the changelog
 * status. Inline CSS only: no script, no external resource, so it opens from a file, behind a firewall and under a
 * strict Content-Security-Policy alike. Every name is escaped, and the same report gives the same bytes.
 */
public final class HtmlReport {

	/**
	 * Where the finding pages ({@code <id>.md}) are published: the project's {@code docs/findings} folder on GitHub.
	 * A page served by an application or written into {@code target/} cannot resolve a relative path to them.
	 */
	public static final String FINDINGS_DOCS = "https://github.com/schema-bootstrap/schema-bootstrap/blob/main/docs/findings/";

	private static final String STYLE = """
			body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#0f172a;line-height:1.4}
			h1{font-size:1.6em;margin:0 0 4px}h2{font-size:1.25em;margin:28px 0 8px;border-bottom:1px solid #cbd5e1}
			h3{font-size:1.05em;margin:16px 0 6px}code,pre,.mono{font-family:ui-monospace,Menlo,Consolas,monospace}
			table.list{border-collapse:collapse;font-size:.92em}table.list th,table.list td{border:1px solid #cbd5e1;
			padding:4px 8px;text-align:left;vertical-align:top}table.list th{background:#f1f5f9}
			.scroll{overflow:auto;max-height:80vh;border:1px solid #cbd5e1;background:#fff}
			svg.diagram text{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;fill:#0f172a}
			svg.diagram rect{stroke:#475569;stroke-width:1}
			svg.diagram path.fk{fill:none;stroke:#475569;stroke-width:1.2;marker-end:url(#arrow)}
			svg.diagram path.cycle{stroke-dasharray:6 4}svg.diagram path.deferred{stroke:#dc2626;stroke-width:1.6}
			.legend span{display:inline-block;margin-right:14px}.swatch{display:inline-block;width:12px;height:12px;
			border:1px solid #475569;vertical-align:middle;margin-right:4px}
			.ERROR{color:#b91c1c;font-weight:600}.WARNING{color:#b45309;font-weight:600}.INFO{color:#1d4ed8}
			.muted{color:#64748b}
			""";

	private final String findingsDocs;

	public HtmlReport() {
		this(FINDINGS_DOCS);
	}

	/** @param findingsDocs the base URL the finding pages {@code <id>.md} are under, ending in {@code /} */
	public HtmlReport(String findingsDocs) {
		this.findingsDocs = findingsDocs;
	}

	/** The page for a report; the plan (the same analysis's) gives the diagram its keys and their order. */
	public String render(SchemaReport report, CreationPlan plan) {
		List<String> schemas = new ArrayList<>(report.persistenceUnit().tablesBySchema().keySet());
		StringBuilder page = new StringBuilder(4096 + 600 * plan.tables().size());
		page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<link rel=\"icon\" href=\"data:,\">\n")
			.append("<title>Schema report</title>\n<style>\n")
			.append(STYLE)
			.append("</style>\n</head>\n<body>\n<h1>Schema report</h1>\n");
		summary(page, report, schemas.size());
		diagram(page, plan, schemas);
		tablesBySchema(page, report);
		creationOrder(page, report);
		cycles(page, report);
		findings(page, report);
		changelog(page, report);
		page.append("<h2 id=\"mermaid\">Mermaid</h2>\n<details><summary>The foreign-key graph as Mermaid text</summary>")
			.append("<pre>")
			.append(Html.escape(report.mermaid()))
			.append("</pre></details>\n</body>\n</html>\n");
		return page.toString();
	}

	private static void summary(StringBuilder page, SchemaReport report, int schemas) {
		Map<Severity, Integer> counts = new TreeMap<>();
		report.findings().forEach((finding) -> counts.merge(finding.severity(), 1, Integer::sum));
		page.append("<p>")
			.append(report.persistenceUnit().entities().size())
			.append(" entities, ")
			.append(report.creationOrder().size())
			.append(" tables in ")
			.append(schemas)
			.append(schemas == 1 ? " schema" : " schemas")
			.append(", ")
			.append(report.cycles().size())
			.append(report.cycles().size() == 1 ? " cycle" : " cycles")
			.append("; findings: ");
		for (Severity severity : Severity.values()) {
			page.append(severity == Severity.values()[0] ? "" : ", ")
				.append("<span class=\"")
				.append(severity)
				.append("\">")
				.append(counts.getOrDefault(severity, 0))
				.append(' ')
				.append(severity.name().toLowerCase(Locale.ROOT))
				.append(severity == Severity.INFO || counts.getOrDefault(severity, 0) == 1 ? "" : "s")
				.append("</span>");
		}
		page.append(". <span class=\"muted\">Dialect ")
			.append(Html.escape(report.persistenceUnit().dialect()))
			.append(".</span></p>\n");
	}

	private static void diagram(StringBuilder page, CreationPlan plan, List<String> schemas) {
		page.append("<h2 id=\"diagram\">Foreign keys</h2>\n<p class=\"legend\">");
		for (int i = 0; i < schemas.size(); i++) {
			String schema = schemas.get(i);
			page.append("<span><span class=\"swatch\" style=\"background:")
				.append(SvgDiagram.colour(i))
				.append("\"></span>")
				.append(Html.escape(schema))
				.append("</span>");
		}
		page.append("<span class=\"muted\">Arrows point at the referenced table; columns by foreign-key depth;"
				+ " dashed: a key inside a cycle; red: a key the changelog adds after all tables exist.</span></p>\n")
			.append("<div class=\"scroll\">\n")
			.append(SvgDiagram.render(plan, schemas))
			.append("</div>\n");
	}

	private static void tablesBySchema(StringBuilder page, SchemaReport report) {
		Map<String, List<String>> entitiesByTable = new TreeMap<>();
		for (EntityMapping entity : report.persistenceUnit().entities()) {
			entitiesByTable.computeIfAbsent(entity.table().toString(), (key) -> new ArrayList<>())
				.add(entity.className());
		}
		page.append("<h2 id=\"tables\">Tables by schema</h2>\n");
		report.persistenceUnit().tablesBySchema().forEach((schema, tables) -> {
			page.append("<h3>").append(Html.escape(schema)).append("</h3>\n<table class=\"list\"><tr><th>table</th>")
				.append("<th>entities</th></tr>\n");
			for (String table : tables) {
				String qualified = schema.equals(SchemaReport.DEFAULT_SCHEMA) ? table : schema + "." + table;
				page.append("<tr><td class=\"mono\">")
					.append(Html.escape(table))
					.append("</td><td class=\"mono\">")
					.append(Html.escape(String.join(", ", entitiesByTable.getOrDefault(qualified, List.of()))))
					.append("</td></tr>\n");
			}
			page.append("</table>\n");
		});
	}

	private static void creationOrder(StringBuilder page, SchemaReport report) {
		page.append("<h2 id=\"creation-order\">Creation order</h2>\n<ol class=\"mono\">\n");
		report.creationOrder().forEach((table) -> page.append("<li>").append(Html.escape(table)).append("</li>\n"));
		page.append("</ol>\n");
	}

	private static void cycles(StringBuilder page, SchemaReport report) {
		page.append("<h2 id=\"cycles\">Cycles</h2>\n");
		if (report.cycles().isEmpty()) {
			page.append("<p>No foreign-key cycles: every table is created after the tables it references.</p>\n");
			return;
		}
		page.append("<table class=\"list\"><tr><th>tables</th><th>broken by adding, after all tables exist</th>")
			.append("<th>rows insertable</th></tr>\n");
		for (SchemaReport.Cycle cycle : report.cycles()) {
			page.append("<tr><td class=\"mono\">")
				.append(Html.escape(String.join(", ", cycle.tables())))
				.append("</td><td class=\"mono\">")
				.append(Html.escape(String.join("\n", cycle.brokenBy())).replace("\n", "<br>"))
				.append("</td><td>")
				.append(cycle.breakable() ? "yes: the deferred keys may stay empty while the first rows go in"
						: "<span class=\"ERROR\">no</span>: every deferred key is NOT NULL and not deferrable")
				.append("</td></tr>\n");
		}
		page.append("</table>\n");
	}

	private void findings(StringBuilder page, SchemaReport report) {
		page.append("<h2 id=\"findings\">Findings</h2>\n");
		if (report.findings().isEmpty()) {
			page.append("<p>No findings.</p>\n");
			return;
		}
		page.append("<table class=\"list\"><tr><th>severity</th><th>id</th><th>subject</th><th>message</th>")
			.append("<th>fix</th></tr>\n");
		for (Finding finding : report.findings()) {
			String id = Html.escape(finding.id());
			page.append("<tr class=\"finding\"><td class=\"")
				.append(finding.severity())
				.append("\">")
				.append(finding.severity())
				.append("</td><td><a href=\"")
				.append(Html.escape(findingsDocs))
				.append(id)
				.append(".md\">")
				.append(id)
				.append("</a></td><td class=\"mono\">")
				.append(Html.escape(finding.subject()))
				.append("</td><td>")
				.append(Html.escape(finding.message()))
				.append("</td><td>")
				.append(Html.escape(finding.hint()))
				.append("</td></tr>\n");
		}
		page.append("</table>\n");
	}

	private static void changelog(StringBuilder page, SchemaReport report) {
		SchemaReport.Changelog changelog = report.changelog();
		page.append("<h2 id=\"changelog\">Changelog</h2>\n<table class=\"list\">")
			.append(row("mode", changelog.mode()))
			.append(row("location", changelog.location() == null ? "none" : changelog.location()))
			.append(row("applied changesets", changelog.applied() == null ? "not asked (no database)"
					: changelog.applied().toString()))
			.append(row("pending changesets", changelog.pending() == null ? "not asked (no database)"
					: changelog.pending().toString()))
			.append("</table>\n");
	}

	private static String row(String name, String value) {
		return "<tr><th>" + name + "</th><td class=\"mono\">" + Html.escape(value) + "</td></tr>\n";
	}

}
