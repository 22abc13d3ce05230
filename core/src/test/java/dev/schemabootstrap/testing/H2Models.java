package dev.schemabootstrap.testing;

import java.util.Map;

import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.hibernate.HibernateModelFactory;

/** Builds models the way a Spring Boot 4 application would: H2, snake-case physical names. */
public final class H2Models {

	public static final Map<String, String> SETTINGS = Map.of("hibernate.dialect", "org.hibernate.dialect.H2Dialect",
			"hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");

	private H2Models() {
	}

	public static SchemaModel of(Class<?>... classes) {
		return HibernateModelFactory.create(PersistenceUnit.of(classes), SETTINGS, H2Models.class.getClassLoader());
	}

}
