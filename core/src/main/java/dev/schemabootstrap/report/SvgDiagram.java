package dev.schemabootstrap.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.CreationPlan;
import dev.schemabootstrap.plan.ForeignKeyCycle;
import dev.schemabootstrap.report.DiagramLayout.Box;

/**
 * The foreign-key diagram as inline SVG: a box per table (a {@code <g class="table">} holding its name), an arrow
 * per foreign key from the referencing table to the referenced one. Keys between tables of one cycle are dashed, and
 * the keys the changelog adds last to break the cycle are dashed and red. Boxes are coloured by schema.
 */
final class SvgDiagram {

	/** Fill colours by schema, in schema order; repeats after the last. */
	static final List<String> SCHEMA_COLOURS = List.of("#dbeafe", "#dcfce7", "#fef3c7", "#fce7f3", "#ede9fe",
			"#ccfbf1", "#fee2e2", "#e5e7eb");

	private SvgDiagram() {
	}

	static String render(CreationPlan plan, List<String> schemas) {
		DiagramLayout layout = DiagramLayout.of(plan);
		Map<TableName, Box> boxes = new HashMap<>();
		layout.boxes().forEach((box) -> boxes.put(box.table(), box));
		Map<TableName, Integer> cycleOf = cycleIndex(plan.cycles());
		StringBuilder svg = new StringBuilder(256 + 400 * layout.boxes().size());
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" width=\"")
			.append(layout.width())
			.append("\" height=\"")
			.append(layout.height())
			.append("\" viewBox=\"0 0 ")
			.append(layout.width())
			.append(' ')
			.append(layout.height())
			.append("\" role=\"img\" aria-label=\"Foreign-key diagram of ")
			.append(layout.boxes().size())
			.append(" tables\">\n");
		svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
				+ " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#475569\"/></marker>"
				+ "</defs>\n");
		svg.append("<g class=\"edges\">\n");
		for (Table table : plan.tables()) {
			for (ForeignKey foreignKey : table.foreignKeys()) {
				Box from = boxes.get(foreignKey.table());
				Box to = boxes.get(foreignKey.referencedTable());
				if (from != null && to != null) {
					edge(svg, foreignKey, from, to, edgeClass(plan, cycleOf, foreignKey));
				}
			}
		}
		svg.append("</g>\n<g class=\"tables\">\n");
		Map<String, String> colours = new HashMap<>();
		schemas.forEach((schema) -> colours.put(schema, colour(schemas.indexOf(schema))));
		for (Box box : layout.boxes()) {
			table(svg, box, colours.getOrDefault(SchemaReport.schemaLabel(box.table()), colour(0)));
		}
		svg.append("</g>\n</svg>\n");
		return svg.toString();
	}

	/** The fill of the boxes of the schema at this index of the sorted schemas. */
	static String colour(int schemaIndex) {
		return SCHEMA_COLOURS.get(schemaIndex % SCHEMA_COLOURS.size());
	}

	private static Map<TableName, Integer> cycleIndex(List<ForeignKeyCycle> cycles) {
		Map<TableName, Integer> cycleOf = new HashMap<>();
		for (int i = 0; i < cycles.size(); i++) {
			for (TableName table : cycles.get(i).tables()) {
				cycleOf.put(table, i);
			}
		}
		return cycleOf;
	}

	private static String edgeClass(CreationPlan plan, Map<TableName, Integer> cycleOf, ForeignKey foreignKey) {
		if (plan.isDeferred(foreignKey)) {
			return "fk cycle deferred";
		}
		Integer from = cycleOf.get(foreignKey.table());
		boolean inCycle = from != null && from.equals(cycleOf.get(foreignKey.referencedTable()));
		return inCycle ? "fk cycle" : "fk";
	}

	private static void edge(StringBuilder svg, ForeignKey foreignKey, Box from, Box to, String cssClass) {
		svg.append("<path class=\"").append(cssClass).append("\" d=\"").append(path(from, to)).append("\">")
			.append("<title>")
			.append(Html.escape(SchemaReport.Cycle.describe(foreignKey)))
			.append("</title></path>\n");
	}

	/** A curve from the referencing box to the side of the referenced box that faces it. */
	static String path(Box from, Box to) {
		int fromY = from.centerY();
		int toY = to.centerY();
		if (from == to) {
			int right = from.x() + from.width();
			return "M" + right + "," + (fromY - 6) + " C" + (right + 40) + "," + (fromY - 30) + " " + (right + 40) + ","
					+ (fromY + 30) + " " + right + "," + (fromY + 6);
		}
		if (to.column() < from.column()) {
			return curve(from.x(), fromY, to.x() + to.width(), toY);
		}
		if (to.column() > from.column()) {
			// Only keys of a cycle point right: drawn a little lower, so that they do not cover the key back.
			return curve(from.x() + from.width(), fromY + 7, to.x(), toY + 7);
		}
		// Same column: bow out to the right and come back.
		int right = from.x() + from.width();
		int bow = 30 + Math.min(60, Math.abs(fromY - toY) / 10);
		return "M" + right + "," + fromY + " C" + (right + bow) + "," + fromY + " " + (right + bow) + "," + toY + " "
				+ right + "," + toY;
	}

	private static String curve(int x1, int y1, int x2, int y2) {
		int bend = Math.max(30, Math.abs(x1 - x2) / 2);
		int direction = x2 < x1 ? -1 : 1;
		return "M" + x1 + "," + y1 + " C" + (x1 + direction * bend) + "," + y1 + " " + (x2 - direction * bend) + ","
				+ y2 + " " + x2 + "," + y2;
	}

	private static void table(StringBuilder svg, Box box, String fill) {
		String label = Html.escape(box.label());
		svg.append("<g class=\"table\" data-table=\"").append(label).append("\" data-depth=\"").append(box.depth())
			.append("\"><title>").append(label).append("</title>")
			.append("<rect x=\"").append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"")
			.append(box.width()).append("\" height=\"").append(box.height()).append("\" rx=\"4\" fill=\"")
			.append(fill).append("\"/>")
			.append("<text x=\"").append(box.x() + 8).append("\" y=\"").append(box.centerY() + 4).append("\">")
			.append(label).append("</text></g>\n");
	}

}
