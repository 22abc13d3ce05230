package dev.schemabootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.schemabootstrap.check.CheckContext;
import dev.schemabootstrap.check.Finding;
import dev.schemabootstrap.check.Findings;
import dev.schemabootstrap.check.SchemaCheck;
import dev.schemabootstrap.check.StandardChecks;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.hibernate.HibernateModelFactory;
import dev.schemabootstrap.plan.CreationPlan;
import dev.schemabootstrap.plan.CreationPlanner;

/**
 * Runs the pipeline up to the changelog: model, plan and every check, reporting all findings at once. Needs no
 * Spring and no database, so the starter, the Maven plugin and plain unit tests share it.
 */
public final class SchemaAnalyzer {

	private final List<SchemaCheck> checks;

	public SchemaAnalyzer(List<SchemaCheck> checks) {
		this.checks = List.copyOf(checks);
	}

	public static SchemaAnalyzer standard() {
		return new SchemaAnalyzer(StandardChecks.all());
	}

	/**
	 * @param hibernateSettings the Hibernate settings of the application's EntityManagerFactory, naming its dialect
	 * @param settings the application's configuration, by property name, for checks that read it
	 */
	public SchemaAnalysis analyze(PersistenceUnit unit, Map<String, ?> hibernateSettings,
			Map<String, String> settings, ClassLoader classLoader) {
		SchemaModel model = HibernateModelFactory.create(unit, hibernateSettings, classLoader);
		return analyze(unit, model, settings);
	}

	public SchemaAnalysis analyze(PersistenceUnit unit, SchemaModel model, Map<String, String> settings) {
		CreationPlan plan = new CreationPlanner().plan(model);
		CheckContext context = new CheckContext(model, plan, settings);
		List<Finding> findings = new ArrayList<>();
		for (SchemaCheck check : checks) {
			findings.addAll(check.check(context));
		}
		return new SchemaAnalysis(unit, model, plan, Findings.of(findings));
	}

}
