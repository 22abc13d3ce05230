package dev.schemabootstrap.model.hibernate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.Entity;

import org.hibernate.MappingException;
import org.hibernate.boot.Metadata;

import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.model.BootProblem;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.UnitModel;

/**
 * Builds the schema model and the mapping model of a persistence unit in one offline Hibernate boot, and keeps
 * going when Hibernate refuses a mapping: two entities with one entity name are found before Hibernate sees them;
 * an association to a class outside the unit or to a class that is no entity, a {@code mappedBy} naming no
 * attribute, and two attributes whose column names the naming strategy makes one are caught from Hibernate's
 * exception. Either way the offending class is recorded as a {@link BootProblem} and left out, and the rest is
 * booted again, so every other finding can still be reported. A class that only fails because it references a
 * class left out is left out as well, without a problem of its own. Exceptions it does not recognize propagate
 * unchanged.
 */
public final class UnitModelFactory {

	private UnitModelFactory() {
	}

	/** See {@link HibernateModelFactory#create} for the settings. */
	public static UnitModel create(PersistenceUnit unit, Map<String, ?> settings, ClassLoader classLoader) {
		List<BootProblem> problems = new ArrayList<>();
		Set<String> excluded = new LinkedHashSet<>();
		duplicateEntityNames(unit, classLoader, problems, excluded);
		int attempts = unit.managedClassNames().size() + 1;
		while (true) {
			List<String> classNames = unit.managedClassNames().stream().filter((name) -> !excluded.contains(name)).toList();
			try {
				return HibernateModelFactory.withMetadata(classNames, unit, settings, classLoader,
						(metadata) -> {
							SchemaModel schema = new MetadataModelReader(metadata).read();
							MappingModel mapping = new MappingModelReader(metadata).read(problems, excluded);
							return new UnitModel(schema, mapping);
						});
			}
			catch (MappingException ex) {
				Optional<BootProblem> problem = BootFailures.translate(ex, classNames, classLoader);
				if (problem.isEmpty() || --attempts == 0) {
					throw ex;
				}
				BootProblem found = problem.get();
				boolean consequence = found.kind() == BootProblem.Kind.UNKNOWN_TARGET
						&& excluded.contains(found.target());
				if (!consequence) {
					problems.add(found);
				}
				excluded.add(found.className());
			}
		}
	}

	/**
	 * Reads the models from boot metadata Hibernate has already built, for example the metadata of the
	 * application's own EntityManagerFactory, so that the unit is not booted a second time. Metadata that was
	 * built has no boot problems: Hibernate would have refused it.
	 */
	public static UnitModel read(Metadata metadata) {
		return new UnitModel(new MetadataModelReader(metadata).read(),
				new MappingModelReader(metadata).read(new ArrayList<>(), new LinkedHashSet<>()));
	}

	/** Entity names the classes declare (or default to), found before Hibernate refuses them. */
	private static void duplicateEntityNames(PersistenceUnit unit, ClassLoader classLoader,
			List<BootProblem> problems, Set<String> excluded) {
		Map<String, List<String>> classesByName = new TreeMap<>();
		for (String className : unit.managedClassNames()) {
			try {
				Class<?> type = Class.forName(className, false, classLoader);
				Entity entity = type.getAnnotation(Entity.class);
				if (entity != null) {
					String name = entity.name().isEmpty() ? type.getSimpleName() : entity.name();
					classesByName.computeIfAbsent(name, (key) -> new ArrayList<>()).add(className);
				}
			}
			catch (ClassNotFoundException | LinkageError ex) {
				// Hibernate reports a class it cannot load itself.
			}
		}
		classesByName.forEach((name, classNames) -> {
			for (String className : classNames.subList(1, classNames.size())) {
				problems.add(new BootProblem(BootProblem.Kind.DUPLICATE_ENTITY_NAME, className, null,
						classNames.get(0), name, "Entity classes [" + classNames.get(0) + "] and [" + className
								+ "] share the entity name '" + name + "' (entity names must be distinct)"));
				excluded.add(className);
			}
		});
	}

}
