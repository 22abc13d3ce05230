package dev.schemabootstrap.autoconfigure;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceUnitInfo;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * Lets the bootstrapper use the EntityManagerFactories Spring builds anyway, in {@code verify} and {@code off}
 * mode: their Hibernate metadata becomes the model (no second boot), and when one fails to boot, the bootstrapper
 * reports every finding instead of Hibernate's first exception, as it does when it boots the unit up front.
 */
final class EntityManagerFactoryObserver implements BeanPostProcessor {

	private final ObjectProvider<SchemaBootstrapper> bootstrapper;

	EntityManagerFactoryObserver(ObjectProvider<SchemaBootstrapper> bootstrapper) {
		this.bootstrapper = bootstrapper;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof LocalContainerEntityManagerFactoryBean factory) {
			SchemaBootstrapper schemaBootstrapper = bootstrapper.getIfAvailable();
			if (schemaBootstrapper != null && schemaBootstrapper.usesEntityManagerFactoryModel()) {
				observe(factory, schemaBootstrapper);
			}
		}
		return bean;
	}

	private static void observe(LocalContainerEntityManagerFactoryBean factory, SchemaBootstrapper bootstrapper) {
		// An integrator provider of the application's own stays; the model is then built separately.
		factory.getJpaPropertyMap()
			.putIfAbsent(JpaSettings.INTEGRATOR_PROVIDER,
					bootstrapper.getEntityManagerFactoryModels().integratorProvider());
		DelegatingPersistenceProvider.wrap(factory, (provider) -> new FindingsOnBootFailure(provider, bootstrapper));
	}

	/** Turns a failed boot into the bootstrapper's findings, when it has any that stop startup. */
	private record FindingsOnBootFailure(PersistenceProvider delegate,
			SchemaBootstrapper bootstrapper) implements DelegatingPersistenceProvider {

		@Override
		public EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo info, Map<?, ?> map) {
			try {
				return delegate.createContainerEntityManagerFactory(info, map);
			}
			catch (RuntimeException ex) {
				bootstrapper.entityManagerFactoryFailed(ex);
				throw ex;
			}
		}

	}

}
