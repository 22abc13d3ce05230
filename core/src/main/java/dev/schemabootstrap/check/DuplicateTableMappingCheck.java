package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.MappedEntity;
import dev.schemabootstrap.model.TableName;

/**
 * Reports a table that entity classes of separate hierarchies map (subclasses of a single-table hierarchy share
 * their root's table by design and are not reported). Their columns merge into one table that neither class
 * describes, and each class writes rows the other misreads. ERROR when two or more of them write the table;
 * WARNING when all but one are {@code @Immutable} (a read-only view of the table, usually on purpose). Needs the
 * mapping model.
 */
public final class DuplicateTableMappingCheck implements SchemaCheck {

	@Override
	public String id() {
		return FindingId.DUPLICATE_TABLE_MAPPING.id();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		Map<String, List<MappedEntity>> rootsByTable = new TreeMap<>();
		Map<String, TableName> names = new TreeMap<>();
		for (MappedEntity entity : context.mapping().entities()) {
			String key = entity.table().toString().toLowerCase(java.util.Locale.ROOT);
			names.putIfAbsent(key, entity.table());
			List<MappedEntity> mapped = rootsByTable.computeIfAbsent(key, (k) -> new ArrayList<>());
			if (mapped.stream().noneMatch((other) -> other.rootClassName().equals(entity.rootClassName()))) {
				mapped.add(entity);
			}
		}
		List<Finding> findings = new ArrayList<>();
		rootsByTable.forEach((key, entities) -> {
			if (entities.size() > 1) {
				findings.add(finding(names.get(key), entities));
			}
		});
		return findings;
	}

	private static Finding finding(TableName table, List<MappedEntity> entities) {
		long writers = entities.stream().filter(MappedEntity::mutable).count();
		String classes = entities.stream()
			.map((entity) -> entity.className() + (entity.mutable() ? "" : " (@Immutable)"))
			.sorted()
			.collect(Collectors.joining(", "));
		return new Finding(FindingId.DUPLICATE_TABLE_MAPPING, writers > 1 ? Severity.ERROR : Severity.WARNING, table.toString(),
				"Table " + table + " is mapped by " + entities.size() + " entity classes: " + classes
						+ (writers > 1 ? "; their columns merge into one table neither describes, and each writes"
								+ " rows the other misreads" : "; only one of them writes it"),
				writers > 1 ? "Keep one entity class per table and delete or rename the others (@Table(name));"
						+ " for a subset of the columns use a DTO projection, for variants use inheritance"
						: "If the read-only entity is deliberate, suppress this with 'duplicate-table-mapping:"
								+ table + "'; otherwise remove it");
	}

}
