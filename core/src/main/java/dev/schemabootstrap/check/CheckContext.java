package dev.schemabootstrap.check;

import java.util.Map;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlan;

/**
 * What a check may look at.
 *
 * @param model the schema model of the persistence unit
 * @param plan the order the schema is created in
 * @param settings the configuration the application runs with, by property name (for example
 * {@code spring.jpa.hibernate.ddl-auto}); only properties that are set are present
 * @param mapping how the entities map onto the schema ({@link MappingModel#EMPTY} when only the schema model is
 * known: checks that need the mapping then find nothing)
 * @param environment the application around the unit: other persistence units, scanned entity classes
 */
public record CheckContext(SchemaModel model, CreationPlan plan, Map<String, String> settings, MappingModel mapping,
		UnitEnvironment environment) {

	public CheckContext {
		settings = Map.copyOf(settings);
	}

	public CheckContext(SchemaModel model, CreationPlan plan, Map<String, String> settings) {
		this(model, plan, settings, MappingModel.EMPTY, UnitEnvironment.NONE);
	}

	/** The database the model is built for, from its dialect. */
	public DatabaseKind database() {
		return DatabaseKind.of(model.dialect());
	}

}
