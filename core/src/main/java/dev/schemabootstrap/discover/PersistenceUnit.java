package dev.schemabootstrap.discover;

import java.util.List;

/**
 * The classes of one persistence unit: entities, embeddables, mapped superclasses and converters, by class
 * name, packages whose {@code package-info} carries mapping annotations, and XML mapping files
 * ({@code orm.xml}) by class path resource name, which override and extend the annotations.
 */
public record PersistenceUnit(List<String> managedClassNames, List<String> managedPackages,
		List<String> mappingResources) {

	public PersistenceUnit {
		managedClassNames = managedClassNames.stream().distinct().sorted().toList();
		managedPackages = managedPackages.stream().distinct().sorted().toList();
		mappingResources = List.copyOf(mappingResources);
	}

	/** A unit mapped by annotations alone. */
	public PersistenceUnit(List<String> managedClassNames, List<String> managedPackages) {
		this(managedClassNames, managedPackages, List.of());
	}

	public static PersistenceUnit of(Class<?>... classes) {
		return new PersistenceUnit(java.util.Arrays.stream(classes).map(Class::getName).toList(), List.of());
	}

}
