package dev.schemabootstrap.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceUnitInfo;
import org.hibernate.MappingException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import dev.schemabootstrap.autoconfigure.CrossUnitAssociationException.Unit;

/**
 * Remembers which entities each of the application's EntityManagerFactories manages, so that when Hibernate
 * refuses an association to an entity of another persistence unit, the failure names both units and their
 * packages ({@link CrossUnitAssociationException}) instead of Hibernate's "does not belong to the same persistence
 * unit" alone.
 */
final class PersistenceUnitBoots implements BeanPostProcessor, BeanFactoryAware {

	/** Hibernate's message for an association whose target is not an entity of the unit being booted. */
	private static final Pattern CROSS_UNIT = Pattern.compile(
			"Association '(?<entity>[\\w$.]+)\\.(?<attribute>[\\w$]+)' targets the type '(?<target>[\\w$.]+)'"
					+ " which does not belong to the same persistence unit");

	private final Map<String, Unit> units = new ConcurrentHashMap<>();

	private ListableBeanFactory beanFactory;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = (beanFactory instanceof ListableBeanFactory listable) ? listable : null;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof LocalContainerEntityManagerFactoryBean factory) {
			DelegatingPersistenceProvider.wrap(factory, (provider) -> new Recording(provider, beanName, this));
		}
		return bean;
	}

	private static Unit unit(String beanName, PersistenceUnitInfo info) {
		TreeSet<String> packages = new TreeSet<>();
		for (String className : info.getManagedClassNames()) {
			int dot = className.lastIndexOf('.');
			packages.add(dot < 0 ? "" : className.substring(0, dot));
		}
		return new Unit(beanName, String.valueOf(info.getPersistenceUnitName()), List.copyOf(info.getManagedClassNames()),
				List.copyOf(packages));
	}

	/**
	 * The unit whose entities include the class. The application's other EntityManagerFactories that have not
	 * been created yet are created now, as they would be a moment later, so that their entities are known.
	 */
	private Optional<Unit> unitOf(String className) {
		Optional<Unit> known = find(className);
		if (known.isPresent() || beanFactory == null) {
			return known;
		}
		for (String name : beanFactory.getBeanNamesForType(LocalContainerEntityManagerFactoryBean.class, false,
				false)) {
			String beanName = name.startsWith("&") ? name.substring(1) : name;
			if (!units.containsKey(beanName)) {
				try {
					beanFactory.getBean("&" + beanName);
				}
				catch (RuntimeException ex) {
					// That unit fails too (or depends on the one failing): it is reported on its own.
				}
			}
		}
		return find(className);
	}

	private Optional<Unit> find(String className) {
		return units.values().stream().filter((unit) -> unit.classNames().contains(className)).findFirst();
	}

	/** A persistence provider that records each unit it boots, and names the units an association crosses. */
	private record Recording(PersistenceProvider delegate, String beanName,
			PersistenceUnitBoots boots) implements DelegatingPersistenceProvider {

		@Override
		public EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo info, Map<?, ?> map) {
			Unit unit = unit(beanName, info);
			boots.units.put(beanName, unit);
			try {
				return delegate.createContainerEntityManagerFactory(info, map);
			}
			catch (MappingException ex) {
				Matcher crossing = CROSS_UNIT.matcher(String.valueOf(ex.getMessage()));
				if (!crossing.find()) {
					throw ex;
				}
				String target = crossing.group("target");
				throw new CrossUnitAssociationException(crossing.group("entity"), crossing.group("attribute"),
						target, unit, boots.unitOf(target).orElse(null), ex);
			}
		}

	}

}
