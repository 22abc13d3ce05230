package dev.schemabootstrap.autoconfigure;

import java.sql.DatabaseMetaData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.cfg.MappingSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernateSettings;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Works out the Hibernate settings the application's EntityManagerFactory will use, the way Spring Boot's own
 * Hibernate auto-configuration does, so that the model has the same names and types as the running
 * application.
 */
final class HibernateSettingsResolver {

	private final JpaProperties jpaProperties;

	private final HibernateProperties hibernateProperties;

	private final @Nullable PhysicalNamingStrategy physicalNamingStrategy;

	private final @Nullable ImplicitNamingStrategy implicitNamingStrategy;

	private final List<HibernatePropertiesCustomizer> customizers;

	HibernateSettingsResolver(JpaProperties jpaProperties, HibernateProperties hibernateProperties,
			@Nullable PhysicalNamingStrategy physicalNamingStrategy,
			@Nullable ImplicitNamingStrategy implicitNamingStrategy, List<HibernatePropertiesCustomizer> customizers) {
		this.jpaProperties = jpaProperties;
		this.hibernateProperties = hibernateProperties;
		this.physicalNamingStrategy = physicalNamingStrategy;
		this.implicitNamingStrategy = implicitNamingStrategy;
		this.customizers = customizers;
	}

	Map<String, Object> resolve(DataSource dataSource) {
		HibernateSettings settings = new HibernateSettings().ddlAuto(() -> "none")
			.hibernatePropertiesCustomizers(customizers);
		Map<String, Object> resolved = new LinkedHashMap<>(
				hibernateProperties.determineHibernateProperties(jpaProperties.getProperties(), settings));
		if (physicalNamingStrategy != null) {
			resolved.put(MappingSettings.PHYSICAL_NAMING_STRATEGY, physicalNamingStrategy);
		}
		if (implicitNamingStrategy != null) {
			resolved.put(MappingSettings.IMPLICIT_NAMING_STRATEGY, implicitNamingStrategy);
		}
		if (jpaProperties.getDatabasePlatform() != null) {
			resolved.put("hibernate.dialect", jpaProperties.getDatabasePlatform());
		}
		if (!resolved.containsKey("hibernate.dialect")) {
			resolved.putAll(databaseIdentity(dataSource));
		}
		return resolved;
	}

	/**
	 * Names the database for Hibernate's dialect resolution, so that the boot metadata itself is built without a
	 * connection. Reading the product name takes one short-lived connection, which Liquibase needs anyway.
	 */
	private static Map<String, Object> databaseIdentity(DataSource dataSource) {
		try {
			return JdbcUtils.extractDatabaseMetaData(dataSource, (DatabaseMetaData metaData) -> Map.of(
					"jakarta.persistence.database-product-name", metaData.getDatabaseProductName(),
					"jakarta.persistence.database-product-version", metaData.getDatabaseProductVersion(),
					"jakarta.persistence.database-major-version", metaData.getDatabaseMajorVersion(),
					"jakarta.persistence.database-minor-version", metaData.getDatabaseMinorVersion()));
		}
		catch (MetaDataAccessException ex) {
			Throwable cause = ex.getMostSpecificCause();
			throw new IllegalStateException("Schema Bootstrap could not connect to the database to tell which one it is: "
					+ cause.getMessage() + ". Check the DataSource settings (spring.datasource.url, username,"
					+ " password); setting 'spring.jpa.database-platform' avoids this first connection, but the"
					+ " migration needs the database anyway", ex);
		}
	}

}
