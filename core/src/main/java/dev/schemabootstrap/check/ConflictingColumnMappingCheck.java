package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.schemabootstrap.model.ColumnMapping;

/**
 * Reports a column that two attributes of one entity write, neither of them read-only. Hibernate refuses to build
 * its session factory ("Column is duplicated in mapping"), or, where it lets it through, the two attributes race
 * and the last one written wins. One of them must be {@code insertable = false, updatable = false}. Columns of
 * different entities of a single-table hierarchy are not compared: they hold different rows.
 */
public final class ConflictingColumnMappingCheck implements SchemaCheck {

	public static final String ID = "conflicting-column-mapping";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<Finding> check(CheckContext context) {
		Map<String, List<ColumnMapping>> writers = new LinkedHashMap<>();
		for (ColumnMapping mapping : context.mapping().columns()) {
			if (!mapping.readOnly()) {
				writers.computeIfAbsent(mapping.entityName() + "|" + mapping.column().key(), (key) -> new ArrayList<>())
					.add(mapping);
			}
		}
		List<Finding> findings = new ArrayList<>();
		writers.values().stream().filter((group) -> group.size() > 1).forEach((group) -> {
			List<String> attributes = group.stream().map(ColumnMapping::subject).distinct().sorted().toList();
			if (attributes.size() > 1) {
				findings.add(finding(group.get(0), attributes));
			}
		});
		return findings;
	}

	private static Finding finding(ColumnMapping first, List<String> attributes) {
		String names = String.join(" and ", attributes);
		return new Finding(ID, Severity.ERROR, attributes.get(0),
				"Column " + first.column() + " is written by " + attributes.size() + " attributes, " + names
						+ ", and none of them is read-only: Hibernate refuses to start (column duplicated in"
						+ " mapping), and the values would overwrite each other",
				"Make all but one read-only: @Column(insertable = false, updatable = false) (or @JoinColumn(...)"
						+ " on an association) on " + attributes.subList(1, attributes.size()).stream()
							.collect(Collectors.joining(", ")) + "; or map them to different columns");
	}

}
