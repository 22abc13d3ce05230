package dev.schemabootstrap;

import dev.schemabootstrap.check.Findings;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlan;

/**
 * Everything Schema Bootstrap knows about a persistence unit before it touches a database: its classes, the
 * schema they need, the order it is created in, and the problems found.
 */
public record SchemaAnalysis(PersistenceUnit unit, SchemaModel model, CreationPlan plan, Findings findings) {

	/** One line for the startup log. */
	public String summary() {
		int schemas = model.schemas().size();
		return "Schema Bootstrap found " + model.entities().size() + " entities, " + model.tables().size()
				+ " tables and " + schemas + (schemas == 1 ? " schema" : " schemas") + " besides the default"
				+ (findings.isEmpty() ? "" : "; " + findings.size() + " findings");
	}

}
