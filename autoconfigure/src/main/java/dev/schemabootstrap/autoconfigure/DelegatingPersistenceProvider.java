package dev.schemabootstrap.autoconfigure;

import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.ProviderUtil;
import jakarta.persistence.spi.PersistenceUnitInfo;
import org.springframework.orm.jpa.JpaVendorAdapter;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * A persistence provider that hands everything to Hibernate's and watches only the container boot Spring's
 * EntityManagerFactory makes ({@link #createContainerEntityManagerFactory}), which its implementations override.
 */
interface DelegatingPersistenceProvider extends PersistenceProvider {

	PersistenceProvider delegate();

	/**
	 * Puts a watching provider around the one the factory will boot with (its own, else its vendor adapter's); a
	 * factory with neither is left as it is.
	 */
	static void wrap(LocalContainerEntityManagerFactoryBean factory,
			UnaryOperator<PersistenceProvider> watching) {
		PersistenceProvider provider = factory.getPersistenceProvider();
		JpaVendorAdapter vendorAdapter = factory.getJpaVendorAdapter();
		if (provider == null && vendorAdapter != null) {
			provider = vendorAdapter.getPersistenceProvider();
		}
		if (provider != null) {
			factory.setPersistenceProvider(watching.apply(provider));
		}
	}

	@Override
	default EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo info, Map<?, ?> map) {
		return delegate().createContainerEntityManagerFactory(info, map);
	}

	@Override
	default EntityManagerFactory createEntityManagerFactory(String emName, Map<?, ?> map) {
		return delegate().createEntityManagerFactory(emName, map);
	}

	@Override
	default EntityManagerFactory createEntityManagerFactory(PersistenceConfiguration configuration) {
		return delegate().createEntityManagerFactory(configuration);
	}

	@Override
	default void generateSchema(PersistenceUnitInfo info, Map<?, ?> map) {
		delegate().generateSchema(info, map);
	}

	@Override
	default boolean generateSchema(String persistenceUnitName, Map<?, ?> map) {
		return delegate().generateSchema(persistenceUnitName, map);
	}

	@Override
	default ProviderUtil getProviderUtil() {
		return delegate().getProviderUtil();
	}

}
