package dev.schemabootstrap.discover;

import java.util.List;

/**
 * The classes of one persistence unit: entities, embeddables, mapped superclasses and converters, by class
 * name, plus packages whose {@code package-info} carries mapping annotations.
 */
public record PersistenceUnit(List<String> managedClassNames, List<String> managedPackages) {

	public PersistenceUnit {
		managedClassNames = managedClassNames.stream().distinct().sorted().toList();
		managedPackages = managedPackages.stream().distinct().sorted().toList();
	}

	public static PersistenceUnit of(Class<?>... classes) {
		return new PersistenceUnit(java.util.Arrays.stream(classes).map(Class::getName).toList(), List.of());
	}

}
