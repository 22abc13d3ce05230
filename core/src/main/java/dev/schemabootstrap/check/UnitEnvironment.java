package dev.schemabootstrap.check;

import java.util.List;
import java.util.Set;

/**
 * What the application around a persistence unit holds besides the unit itself; the Spring Boot glue (or a
 * test) passes it in.
 *
 * @param otherUnits the application's other persistence units; empty when it has one
 * @param scannedEntityClassNames every {@code @Entity} class found on the class path under the packages
 * Schema Bootstrap scans ({@code schema-bootstrap.packages}); empty when nobody scanned
 */
public record UnitEnvironment(List<OtherUnit> otherUnits, Set<String> scannedEntityClassNames) {

	/** A single persistence unit and no scan to compare it with. */
	public static final UnitEnvironment NONE = new UnitEnvironment(List.of(), Set.of());

	public UnitEnvironment {
		otherUnits = List.copyOf(otherUnits);
		scannedEntityClassNames = Set.copyOf(scannedEntityClassNames);
	}

	public UnitEnvironment withOtherUnits(List<OtherUnit> units) {
		return new UnitEnvironment(units, scannedEntityClassNames);
	}

	public UnitEnvironment withScannedEntityClassNames(Set<String> classNames) {
		return new UnitEnvironment(otherUnits, classNames);
	}

}
