package dev.schemabootstrap.autoconfigure;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.mapping.PersistentClass;

import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.model.hibernate.UnitModelFactory;

/**
 * The models of the persistence units the application's EntityManagerFactories boot, read from the very metadata
 * Hibernate builds for them, so that Schema Bootstrap does not boot Hibernate's metadata a second time. Hibernate
 * hands each factory's metadata to the {@link Integrator} this registers through
 * {@code hibernate.integrator_provider}.
 */
final class EntityManagerFactoryModels {

	private static final Log logger = LogFactory.getLog(EntityManagerFactoryModels.class);

	private final List<Captured> captured = new CopyOnWriteArrayList<>();

	private volatile Runnable onCapture = () -> {
	};

	/**
	 * Called on the thread that boots a factory, as soon as its model is read: the rest of the factory's boot (its
	 * persisters, its queries) takes seconds more, which work on the model can overlap.
	 */
	void onCapture(Runnable listener) {
		this.onCapture = listener;
	}

	/** What to put under {@code hibernate.integrator_provider} of a factory whose model should be captured. */
	IntegratorProvider integratorProvider() {
		return () -> List.of(new ModelCapturingIntegrator());
	}

	/**
	 * The model of the factory that booted exactly the given unit: every entity class of the unit, and (unless
	 * XML mapping files may add others) no entity besides. Empty when no factory, or more than one, booted it.
	 */
	Optional<UnitModel> modelOf(PersistenceUnit unit, ClassLoader classLoader) {
		Set<String> annotated = annotatedEntities(unit, classLoader);
		Set<String> managed = new HashSet<>(unit.managedClassNames());
		List<UnitModel> matching = captured.stream()
			.filter((candidate) -> candidate.entityClassNames().containsAll(annotated))
			.filter((candidate) -> !unit.mappingResources().isEmpty()
					|| managed.containsAll(candidate.entityClassNames()))
			.map(Captured::model)
			.toList();
		return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
	}

	private static Set<String> annotatedEntities(PersistenceUnit unit, ClassLoader classLoader) {
		Set<String> entities = new HashSet<>();
		for (String className : unit.managedClassNames()) {
			try {
				if (Class.forName(className, false, classLoader).isAnnotationPresent(Entity.class)) {
					entities.add(className);
				}
			}
			catch (ClassNotFoundException | LinkageError ex) {
				// Hibernate would not have booted such a unit; the unit's own boot reports it.
				entities.add(className);
			}
		}
		return entities;
	}

	private record Captured(Set<String> entityClassNames, UnitModel model) {
	}

	private final class ModelCapturingIntegrator implements Integrator {

		@Override
		public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
				SessionFactoryImplementor sessionFactory) {
			try {
				Set<String> entityClassNames = metadata.getEntityBindings()
					.stream()
					.map(PersistentClass::getClassName)
					.collect(Collectors.toUnmodifiableSet());
				captured.add(new Captured(entityClassNames, UnitModelFactory.read(metadata)));
			}
			catch (RuntimeException ex) {
				// Never fail the application's own EntityManagerFactory: Schema Bootstrap boots the unit itself.
				logger.debug("Schema Bootstrap could not read the EntityManagerFactory's metadata", ex);
				return;
			}
			onCapture.run();
		}

	}

}
