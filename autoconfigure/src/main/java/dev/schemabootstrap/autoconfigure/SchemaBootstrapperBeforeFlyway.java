package dev.schemabootstrap.autoconfigure;

import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Makes Spring Boot's Flyway migration wait for the bootstrapper, whichever bean the context creates first: the
 * {@code conflicting-schema-initializer} finding for Flyway then stops startup before Flyway writes any DDL.
 */
final class SchemaBootstrapperBeforeFlyway extends AbstractDependsOnBeanFactoryPostProcessor {

	static final String FLYWAY_MIGRATION_INITIALIZER =
			"org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer";

	SchemaBootstrapperBeforeFlyway() {
		super(ClassUtils.resolveClassName(FLYWAY_MIGRATION_INITIALIZER,
				SchemaBootstrapperBeforeFlyway.class.getClassLoader()), SchemaBootstrapper.class);
	}

}
