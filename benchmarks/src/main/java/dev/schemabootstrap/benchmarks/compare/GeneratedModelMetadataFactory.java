package dev.schemabootstrap.benchmarks.compare;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import liquibase.ext.hibernate.customfactory.CustomMetadataFactory;
import liquibase.ext.hibernate.database.HibernateDatabase;
import liquibase.ext.hibernate.database.connection.HibernateConnection;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

import dev.schemabootstrap.benchmarks.Stages;
import dev.schemabootstrap.benchmarks.model.GeneratedModel;

/**
 * liquibase-hibernate7's documented hook for applications that build their own Hibernate metadata: the reference
 * URL {@code hibernate:classic:<this class>?model=<key>} makes it call {@link #getMetadata} for the generated model
 * registered under the key, booted with the same settings as Schema Bootstrap's model (H2 dialect, snake case).
 */
public final class GeneratedModelMetadataFactory implements CustomMetadataFactory {

	private static final Map<String, Registered> MODELS = new ConcurrentHashMap<>();

	/** The reference URL for a generated model, registered until the JVM ends (a benchmark makes a few). */
	static String referenceUrl(String key, GeneratedModel model, ClassLoader classLoader) {
		MODELS.put(key, new Registered(model, classLoader));
		return "hibernate:classic:" + GeneratedModelMetadataFactory.class.getName() + "?model=" + key;
	}

	@Override
	public Metadata getMetadata(HibernateDatabase database, HibernateConnection connection) {
		String key = connection.getProperties().getProperty("model");
		Registered registered = MODELS.get(key);
		if (registered == null) {
			throw new IllegalStateException("No generated model registered as '" + key + "'");
		}
		Map<String, Object> settings = new HashMap<>(Stages.HIBERNATE_SETTINGS);
		settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
				new BootstrapServiceRegistryBuilder().applyClassLoader(registered.classLoader()).build())
			.applySettings(settings)
			.build();
		MetadataSources sources = new MetadataSources(registry);
		registered.model().persistenceUnit().managedClassNames().forEach(sources::addAnnotatedClassName);
		Metadata metadata = sources.buildMetadata();
		useDialect(database, registry.requireService(JdbcEnvironment.class).getDialect());
		return metadata;
	}

	/**
	 * The extension sets its dialect only when it builds the metadata itself; its snapshot generators read it, so
	 * a custom factory has to set it too (the field is protected and has no setter).
	 */
	private static void useDialect(HibernateDatabase database, Dialect dialect) {
		try {
			Field field = HibernateDatabase.class.getDeclaredField("dialect");
			field.setAccessible(true);
			field.set(database, dialect);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("liquibase-hibernate7 changed: no field HibernateDatabase.dialect", ex);
		}
	}

	private record Registered(GeneratedModel model, ClassLoader classLoader) {

	}

}
