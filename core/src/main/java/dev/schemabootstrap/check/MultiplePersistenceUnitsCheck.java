package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.BootProblem;
import dev.schemabootstrap.model.EntityMapping;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;

/**
 * Reports an application with more than one persistence unit (EntityManagerFactory). Each unit gets its own
 * model and changelog, and nothing orders one unit's tables after another's: WARNING. ERROR where the units
 * reference each other: an association of this unit targets an entity of another unit (Hibernate cannot resolve
 * it), or both units map the same table (two changelogs create it). Needs {@link UnitEnvironment#otherUnits()}.
 */
public final class MultiplePersistenceUnitsCheck implements SchemaCheck {

	@Override
	public String id() {
		return FindingId.MULTIPLE_PERSISTENCE_UNITS.id();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		List<OtherUnit> others = context.environment().otherUnits();
		if (others.isEmpty()) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		String names = others.stream().map(OtherUnit::name).sorted().collect(Collectors.joining(", "));
		findings.add(new Finding(FindingId.MULTIPLE_PERSISTENCE_UNITS, Severity.WARNING, "persistence-unit",
				"The application has " + (others.size() + 1) + " persistence units (this one and " + names + "):"
						+ " each gets its own schema model and changelog, and no foreign key can join their tables",
				"Use one EntityManagerFactory for tables of one database unless the split is deliberate; then keep"
						+ " each unit's entities in their own packages and suppress this with"
						+ " 'multiple-persistence-units'"));
		Map<String, String> unitOfClass = new HashMap<>();
		Map<String, String> unitOfTable = new HashMap<>();
		for (OtherUnit other : others) {
			for (EntityMapping entity : other.model().schema().entities()) {
				unitOfClass.put(entity.className(), other.name());
			}
			for (Table table : other.model().schema().tables()) {
				unitOfTable.put(key(table.name()), other.name());
			}
		}
		for (BootProblem problem : context.mapping().problems()) {
			String unit = problem.target() == null ? null : unitOfClass.get(problem.target());
			if (problem.kind() == BootProblem.Kind.UNKNOWN_TARGET && unit != null) {
				findings.add(new Finding(FindingId.MULTIPLE_PERSISTENCE_UNITS, Severity.ERROR, problem.subject(),
						"The association " + problem.subject() + " targets " + problem.target()
								+ ", an entity of the persistence unit " + unit + ": one unit cannot reference another's"
								+ " entities",
						"Move " + Subjects.simpleName(problem.target()) + " and " + Subjects.simpleName(problem.className())
								+ " into one persistence unit, or replace the association with a plain id column"));
			}
		}
		Set<String> reported = new java.util.HashSet<>();
		for (Table table : context.model().tables()) {
			String unit = unitOfTable.get(key(table.name()));
			if (unit != null && reported.add(key(table.name()))) {
				findings.add(new Finding(FindingId.MULTIPLE_PERSISTENCE_UNITS, Severity.ERROR, table.name().toString(),
						"Table " + table.name() + " is mapped by this persistence unit and by " + unit
								+ ": both changelogs create and alter it",
						"Map the table in one persistence unit only"));
			}
		}
		return findings;
	}

	private static String key(TableName table) {
		return table.toString().toLowerCase(Locale.ROOT);
	}

}
