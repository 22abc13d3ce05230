package dev.schemabootstrap.check;

import java.util.Map;

import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlan;

/**
 * What a check may look at.
 *
 * @param model the schema model of the persistence unit
 * @param plan the order the schema is created in
 * @param settings the configuration the application runs with, by property name (for example
 * {@code spring.jpa.hibernate.ddl-auto}); only properties that are set are present
 */
public record CheckContext(SchemaModel model, CreationPlan plan, Map<String, String> settings) {

	public CheckContext {
		settings = Map.copyOf(settings);
	}

}
