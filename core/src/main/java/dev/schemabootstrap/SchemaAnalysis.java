package dev.schemabootstrap;

import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlan;

/**
 * Everything Schema Bootstrap knows about a persistence unit before it touches a database: its classes, the
 * schema they need, how the entities map onto it, the order it is created in, and the problems found.
 *
 * @param mapping how the entities map onto the schema, including mappings Hibernate refused and the classes left
 * out because of them; {@link MappingModel#EMPTY} when the analysis started from a schema model alone
 */
public record SchemaAnalysis(PersistenceUnit unit, SchemaModel model, CreationPlan plan, Findings findings,
		MappingModel mapping) {

	public SchemaAnalysis(PersistenceUnit unit, SchemaModel model, CreationPlan plan, Findings findings) {
		this(unit, model, plan, findings, MappingModel.EMPTY);
	}

	/** One line for the startup log. */
	public String summary() {
		return "Schema Bootstrap found " + count(model.entities().size(), "entity", "entities") + ", "
				+ count(model.tables().size(), "table", "tables") + " and "
				+ count(model.schemas().size(), "schema", "schemas") + " besides the default"
				+ (findings.isEmpty() ? "" : "; " + count(findings.size(), "finding", "findings"));
	}

	private static String count(int count, String one, String many) {
		return count + " " + (count == 1 ? one : many);
	}

}
