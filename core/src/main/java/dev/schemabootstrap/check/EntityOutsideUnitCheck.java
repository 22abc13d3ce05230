package dev.schemabootstrap.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.EntityMapping;

/**
 * Reports an {@code @Entity} class found on the class path under the scanned packages that belongs to no
 * persistence unit of the application: no table is created for it, and queries on it fail with "not an entity"
 * at run time. Usually a package missing from {@code @EntityScan} or a unit's packages. Needs
 * {@link UnitEnvironment#scannedEntityClassNames()}; classes of the application's other units and classes left out
 * because of a reported mapping problem are not reported.
 */
public final class EntityOutsideUnitCheck implements SchemaCheck {

	@Override
	public String id() {
		return FindingId.ENTITY_OUTSIDE_UNIT.id();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		Set<String> known = new HashSet<>(context.mapping().excludedClassNames());
		context.model().entities().stream().map(EntityMapping::className).forEach(known::add);
		for (OtherUnit other : context.environment().otherUnits()) {
			other.model().schema().entities().stream().map(EntityMapping::className).forEach(known::add);
			known.addAll(other.model().mapping().excludedClassNames());
		}
		return context.environment()
			.scannedEntityClassNames()
			.stream()
			.filter((className) -> !known.contains(className))
			.sorted()
			.map((className) -> new Finding(FindingId.ENTITY_OUTSIDE_UNIT, Severity.WARNING, className,
					"The @Entity class " + className + " lies under the scanned packages but is in no persistence unit:"
							+ " no table is created for it, and using it fails with 'Not an entity' at run time",
					"Add its package to the persistence unit (@EntityScan, or the packages of the"
							+ " EntityManagerFactory); if it is not meant to be an entity, remove @Entity"))
			.toList();
	}

}
