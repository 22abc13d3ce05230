package dev.schemabootstrap.model.hibernate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.model.SchemaModel;

/**
 * Builds the {@link SchemaModel} of a persistence unit from Hibernate's boot metadata, with the application's
 * own Hibernate settings (naming strategies, dialect, default schema) and without opening a database
 * connection.
 */
public final class HibernateModelFactory {

	private static final String DIALECT = "hibernate.dialect";

	private static final String DATABASE_PRODUCT_NAME = "jakarta.persistence.database-product-name";

	/** Settings that would hand Hibernate a connection or make it write DDL; the model needs neither. */
	private static final Set<String> IGNORED_SETTINGS = Set.of("hibernate.connection.datasource",
			"jakarta.persistence.nonJtaDataSource", "jakarta.persistence.jtaDataSource",
			"javax.persistence.nonJtaDataSource", "javax.persistence.jtaDataSource", "hibernate.hbm2ddl.auto",
			"jakarta.persistence.schema-generation.database.action",
			"jakarta.persistence.schema-generation.scripts.action", "hibernate.connection.provider_class",
			"hibernate.resource.beans.container");

	private HibernateModelFactory() {
	}

	/**
	 * Builds the model.
	 * @param unit the classes of the persistence unit
	 * @param settings the Hibernate settings the application's EntityManagerFactory uses; must name the dialect
	 * ({@code hibernate.dialect}) or the database ({@code jakarta.persistence.database-product-name} and version)
	 * @param classLoader the class loader of the entity classes
	 */
	public static SchemaModel create(PersistenceUnit unit, Map<String, ?> settings, ClassLoader classLoader) {
		return withMetadata(unit.managedClassNames(), unit, settings, classLoader,
				(metadata) -> new MetadataModelReader(metadata).read());
	}

	/** Boots Hibernate's metadata for the classes offline and hands it to the reader. */
	static <T> T withMetadata(List<String> classNames, PersistenceUnit unit, Map<String, ?> settings,
			ClassLoader classLoader, Function<Metadata, T> reader) {
		if (!settings.containsKey(DIALECT) && !settings.containsKey(DATABASE_PRODUCT_NAME)) {
			throw new IllegalArgumentException("The Hibernate settings name no dialect: set '" + DIALECT
					+ "' (or '" + DATABASE_PRODUCT_NAME + "' with its version) so that the schema model can be built"
					+ " without a database connection");
		}
		BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(classLoader)
			.build();
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
			.applySettings(offlineSettings(settings))
			.build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			classNames.forEach(sources::addAnnotatedClassName);
			unit.managedPackages().forEach(sources::addPackage);
			unit.mappingResources().forEach(sources::addResource);
			Metadata metadata = sources.buildMetadata();
			return reader.apply(metadata);
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

	private static Map<String, Object> offlineSettings(Map<String, ?> settings) {
		Map<String, Object> offline = new HashMap<>();
		settings.forEach((key, value) -> {
			if (!IGNORED_SETTINGS.contains(key)) {
				offline.put(key, value);
			}
		});
		offline.put("hibernate.boot.allow_jdbc_metadata_access", "false");
		offline.put("hibernate.hbm2ddl.auto", "none");
		return offline;
	}

}
