package dev.schemabootstrap.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.CreationPlan;

/**
 * Where each table's box goes in the foreign-key diagram: tables in columns by their foreign-key depth (a table
 * with no keys is at depth 0, a table referencing only depth-0 tables at depth 1, and so on; keys that close a
 * cycle do not count), in creation order within a column. A depth with many tables wraps into several columns of at
 * most {@value #ROWS_PER_COLUMN} boxes, so a thousand tables make a wide picture rather than one endless column.
 * Linear in tables and keys.
 *
 * @param boxes one box per table, in creation order
 * @param width the picture's width in pixels
 * @param height the picture's height in pixels
 */
public record DiagramLayout(List<Box> boxes, int width, int height) {

	static final int ROWS_PER_COLUMN = 25;

	static final int MARGIN = 20;

	static final int BOX_HEIGHT = 26;

	static final int ROW_GAP = 14;

	static final int COLUMN_GAP = 90;

	/** The width of one character of the diagram's 12px monospace font, rounded up. */
	static final double CHARACTER_WIDTH = 7.3;

	public DiagramLayout {
		boxes = List.copyOf(boxes);
	}

	/**
	 * A table's box.
	 * @param label the text in the box: the table's name with its schema
	 * @param column the column the box stands in, from the left
	 */
	public record Box(TableName table, String label, int depth, int column, int x, int y, int width) {

		public int height() {
			return BOX_HEIGHT;
		}

		public int centerY() {
			return y + BOX_HEIGHT / 2;
		}

	}

	public static DiagramLayout of(CreationPlan plan) {
		Map<TableName, Integer> depths = depths(plan);
		Map<Integer, List<Table>> byDepth = new HashMap<>();
		int deepest = 0;
		for (Table table : plan.tables()) {
			int depth = depths.get(table.name());
			byDepth.computeIfAbsent(depth, (key) -> new ArrayList<>()).add(table);
			deepest = Math.max(deepest, depth);
		}
		List<Box> boxes = new ArrayList<>(plan.tables().size());
		int x = MARGIN;
		int column = 0;
		int tallest = 0;
		for (int depth = 0; depth <= deepest; depth++) {
			List<Table> tables = byDepth.getOrDefault(depth, List.of());
			for (int start = 0; start < tables.size(); start += ROWS_PER_COLUMN) {
				List<Table> columnTables = tables.subList(start, Math.min(tables.size(), start + ROWS_PER_COLUMN));
				int columnWidth = columnTables.stream().mapToInt((table) -> boxWidth(table.name().toString())).max()
					.orElse(0);
				for (int row = 0; row < columnTables.size(); row++) {
					TableName name = columnTables.get(row).name();
					boxes.add(new Box(name, name.toString(), depth, column, x, MARGIN + row * (BOX_HEIGHT + ROW_GAP),
							columnWidth));
				}
				tallest = Math.max(tallest, columnTables.size());
				x += columnWidth + COLUMN_GAP;
				column++;
			}
		}
		int width = boxes.isEmpty() ? 2 * MARGIN : x - COLUMN_GAP + MARGIN;
		int height = 2 * MARGIN + Math.max(0, tallest * (BOX_HEIGHT + ROW_GAP) - ROW_GAP);
		return new DiagramLayout(boxes, width, height);
	}

	/** Depth by table, in one pass over the creation order: every key it follows points at a table placed earlier. */
	static Map<TableName, Integer> depths(CreationPlan plan) {
		Map<TableName, Integer> depths = new HashMap<>();
		for (Table table : plan.tables()) {
			int depth = 0;
			for (ForeignKey foreignKey : table.foreignKeys()) {
				Integer referenced = foreignKey.isSelfReference() || plan.isDeferred(foreignKey) ? null
						: depths.get(foreignKey.referencedTable());
				if (referenced != null) {
					depth = Math.max(depth, referenced + 1);
				}
			}
			depths.put(table.name(), depth);
		}
		return depths;
	}

	static int boxWidth(String label) {
		return 16 + (int) Math.ceil(label.codePointCount(0, label.length()) * CHARACTER_WIDTH);
	}

}
