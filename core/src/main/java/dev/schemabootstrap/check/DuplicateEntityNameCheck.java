package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.BootProblem;

/**
 * Reports entity classes that share an entity name (the simple class name unless {@code @Entity(name)} says
 * otherwise): typically two copies of a {@code Customer} class in different packages. Hibernate refuses to start,
 * and JPQL could not tell them apart. Found before Hibernate boots; all but the first class (by name) are left out
 * of the analysis so the rest is still checked.
 */
public final class DuplicateEntityNameCheck implements SchemaCheck {

	@Override
	public String id() {
		return FindingId.DUPLICATE_ENTITY_NAME.id();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		Map<String, TreeSet<String>> classesByName = new TreeMap<>();
		for (BootProblem problem : context.mapping().problems()) {
			if (problem.kind() == BootProblem.Kind.DUPLICATE_ENTITY_NAME && problem.detail() != null) {
				TreeSet<String> classes = classesByName.computeIfAbsent(problem.detail(), (name) -> new TreeSet<>());
				classes.add(problem.className());
				if (problem.target() != null) {
					classes.add(problem.target());
				}
			}
		}
		List<Finding> findings = new ArrayList<>();
		classesByName.forEach((name, classes) -> findings.add(new Finding(FindingId.DUPLICATE_ENTITY_NAME, Severity.ERROR, name,
				"The entity name " + name + " is shared by " + classes.size() + " entity classes: "
						+ String.join(", ", classes) + "; Hibernate refuses to start, and queries naming " + name
						+ " could mean either. Only " + classes.first() + " is analysed",
				"Keep one of these classes and delete the copies (or move them out of the scanned packages); if"
						+ " both are needed, give one another name with @Entity(name = \"...\")")));
		return findings;
	}

}
