package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.Association.Kind;
import dev.schemabootstrap.model.Association;
import dev.schemabootstrap.model.BootProblem;
import dev.schemabootstrap.model.ColumnMapping;
import dev.schemabootstrap.model.MappedEntity;

/**
 * Reports a column that two writers map, neither of them read-only.
 * <ul>
 * <li>Two attributes of one entity (ERROR). Hibernate refuses to build its session factory ("Column is
 * duplicated in mapping"), or, where it lets it through, the two attributes race and the last one written wins.
 * This includes the NOT NULL key of a unidirectional {@code @OneToMany @JoinColumn}, which Hibernate writes with
 * the child's insert, against a writable attribute of the child on the same column. Columns of different
 * entities of a single-table hierarchy are not compared: they hold different rows.</li>
 * <li>A parent's collection and a child's attribute (WARNING). A unidirectional {@code @OneToMany
 * @JoinColumn(name = "incident_id")} writes {@code incident_id} of the child's rows (an update after the
 * child's insert), while the child maps the same column as a writable {@code Long incidentId}: Hibernate starts,
 * writes both values in one flush, and its statement order decides which survives.</li>
 * <li>A collection's join table and an entity mapped onto that table (WARNING). A {@code @OneToMany} or
 * {@code @ManyToMany} with {@code @JoinTable} owns the rows of its join table: it inserts them and deletes them
 * when the collection changes, or all of them when it is recreated. An entity whose writable attributes map the
 * join table's columns writes the same rows, and each side removes or duplicates what the other wrote. A parent
 * {@code @JoinTable} and a child column outside it are not two writers of one column: they are two copies of one
 * relationship, which {@code missing-foreign-key} and {@code both-sides-own-association} report.</li>
 * </ul>
 * The fixes: {@code insertable = false, updatable = false} on the child's attribute, {@code mappedBy} on the
 * parent, or an entity over the join table that is {@code @Immutable} or read-only. A child writing the column
 * through a {@code @ManyToOne} to the parent is left to {@code both-sides-own-association}.
 */
public final class ConflictingColumnMappingCheck implements SchemaCheck {

	@Override
	public String id() {
		return FindingId.CONFLICTING_COLUMN_MAPPING.id();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		List<Finding> findings = new ArrayList<>(refusedAtBoot(context));
		findings.addAll(withinEntities(context));
		findings.addAll(acrossCollections(context));
		return findings;
	}

	/**
	 * Two names for one physical column ({@code @JoinColumn(name = "incident_id")} and an attribute
	 * {@code incidentId} under the snake-case naming strategy): Hibernate refuses them while binding, so the entity
	 * is left out of the model and reported from its boot problem.
	 */
	private static List<Finding> refusedAtBoot(CheckContext context) {
		List<Finding> findings = new ArrayList<>();
		for (BootProblem problem : context.mapping().problems()) {
			if (problem.kind() != BootProblem.Kind.DUPLICATE_COLUMN) {
				continue;
			}
			String entity = Subjects.simpleName(problem.className());
			if (problem.attribute() == null || problem.target() == null) {
				findings.add(new Finding(FindingId.CONFLICTING_COLUMN_MAPPING, Severity.ERROR, entity,
						"Column " + problem.detail() + " of " + entity + " is mapped twice under different names;"
								+ " Hibernate refuses to start: " + problem.hibernateMessage()
								+ BootProblems.leftOut(context.mapping(), problem),
						"Map the column once: give the second attribute the same explicit name and make it read-only,"
								+ " @Column(name = \"...\", insertable = false, updatable = false) (or @JoinColumn(name ="
								+ " \"...\", insertable = false, updatable = false)), or remove it"));
				continue;
			}
			String other = simpleAttribute(problem.target());
			String column = problem.detail().substring(problem.detail().lastIndexOf('.') + 1);
			findings.add(new Finding(FindingId.CONFLICTING_COLUMN_MAPPING, Severity.ERROR, problem.subject(),
					"Column " + problem.detail() + " is written by " + problem.subject() + " and by " + other
							+ ", and neither is read-only (their names differ, but the naming strategy makes them one"
							+ " column); Hibernate refuses to start (column referred to by multiple logical names)"
							+ BootProblems.leftOut(context.mapping(), problem),
					"Make one read-only under the same column name (insertable = false alone is not enough: the"
							+ " names must match too): @Column(name = \"" + column + "\", insertable = false,"
							+ " updatable = false) on " + problem.subject() + ", or @JoinColumn(name = \"" + column
							+ "\", insertable = false, updatable = false) on " + other + "; or remove the duplicate "
							+ problem.subject()));
		}
		return findings;
	}

	/** {@code Incident.contents} of {@code com.example.Incident.contents}. */
	private static String simpleAttribute(String path) {
		int attribute = path.lastIndexOf('.');
		return path.substring(path.lastIndexOf('.', attribute - 1) + 1);
	}

	private static List<Finding> withinEntities(CheckContext context) {
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

	private static List<Finding> acrossCollections(CheckContext context) {
		Map<String, String> entityNames = context.mapping()
			.entities()
			.stream()
			.collect(Collectors.toMap(MappedEntity::className, MappedEntity::entityName, (first, second) -> first));
		Set<String> immutable = context.mapping()
			.entities()
			.stream()
			.filter((entity) -> !entity.mutable())
			.map(MappedEntity::entityName)
			.collect(Collectors.toSet());
		Map<String, List<ColumnMapping>> columnsByKey = context.mapping().columnsByKey();
		List<Association> associations = context.mapping().associations();
		List<Finding> findings = new ArrayList<>();
		for (Association collection : associations) {
			if (!collection.owning() || (collection.kind() != Kind.ONE_TO_MANY && collection.kind() != Kind.MANY_TO_MANY)) {
				continue;
			}
			String child = entityNames.get(collection.targetClassName());
			Set<String> mirrors = associations.stream()
				.filter((other) -> other.owning() && other.className().equals(collection.targetClassName())
						&& other.targetClassName().equals(collection.className()))
				.map(Association::subject)
				.collect(Collectors.toSet());
			List<ColumnMapping> columnsOfRows = collection.columns()
				.stream()
				.flatMap((column) -> columnsByKey.getOrDefault(column.key(), List.of()).stream())
				.filter((mapping) -> collection.joinTable() != null || mapping.entityName().equals(child))
				.toList();
			// a NOT NULL key is written by Hibernate's backref under the collection's name: reported within the entity
			if (columnsOfRows.stream().anyMatch((mapping) -> mapping.subject().equals(collection.subject()))) {
				continue;
			}
			List<ColumnMapping> writers = columnsOfRows.stream()
				.filter((mapping) -> !mapping.readOnly() && !immutable.contains(mapping.entityName())
						&& !mirrors.contains(mapping.subject()))
				.toList();
			if (!writers.isEmpty()) {
				findings.add(finding(collection, writers));
			}
		}
		return findings;
	}

	private static Finding finding(ColumnMapping first, List<String> attributes) {
		String names = String.join(" and ", attributes);
		return new Finding(FindingId.CONFLICTING_COLUMN_MAPPING, Severity.ERROR, attributes.get(0),
				"Column " + first.column() + " is written by " + attributes.size() + " attributes, " + names
						+ ", and none of them is read-only: Hibernate refuses to start (column duplicated in"
						+ " mapping), and the values would overwrite each other",
				"Make all but one read-only: @Column(insertable = false, updatable = false) (or @JoinColumn(...)"
						+ " on an association) on " + attributes.subList(1, attributes.size()).stream()
							.collect(Collectors.joining(", ")) + "; or map them to different columns");
	}

	private static Finding finding(Association collection, List<ColumnMapping> writers) {
		String columns = writers.stream().map((mapping) -> mapping.column().toString()).distinct()
			.collect(Collectors.joining(", "));
		String attributes = writers.stream().map(ColumnMapping::subject).distinct().sorted()
			.collect(Collectors.joining(", "));
		String annotation = collection.kind().annotation();
		if (collection.joinTable() == null) {
			return new Finding(FindingId.CONFLICTING_COLUMN_MAPPING, Severity.WARNING, collection.subject(),
					"Column " + columns + " is written by " + annotation + " " + collection.subject()
							+ " (its @JoinColumn, without mappedBy) and by " + attributes
							+ ", which is not read-only: Hibernate inserts the child's value, then the collection"
							+ " updates the column to the parent's id, and the order of its statements decides which"
							+ " value is kept",
					"Let one side write it: add mappedBy to " + collection.subject()
							+ " with a @ManyToOne on the child, or make " + attributes
							+ " read-only (@Column(insertable = false, updatable = false))");
		}
		return new Finding(FindingId.CONFLICTING_COLUMN_MAPPING, Severity.WARNING, collection.subject(),
				"Join table " + collection.joinTable() + " of " + annotation + " " + collection.subject()
						+ " is also written by " + attributes + " (column " + columns + "): the collection inserts"
						+ " and deletes the rows of its join table, and removes or duplicates the rows the entity"
						+ " writes",
				"Let one side write the rows: make the entity over " + collection.joinTable()
						+ " read-only (@Immutable, or @Column(insertable = false, updatable = false) on "
						+ attributes + "), or map the link as that entity only (@OneToMany(mappedBy) to it) and"
						+ " remove the @JoinTable collection");
	}

}
