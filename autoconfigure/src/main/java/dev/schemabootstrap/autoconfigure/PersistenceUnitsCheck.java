package dev.schemabootstrap.autoconfigure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.ManagedType;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.check.CheckContext;
import dev.schemabootstrap.check.MultiplePersistenceUnitsCheck;
import dev.schemabootstrap.check.OtherUnit;
import dev.schemabootstrap.check.UnitEnvironment;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.plan.CreationPlanner;

/**
 * Looks for more than one EntityManagerFactory once all exist, and reports {@code multiple-persistence-units}:
 * a WARNING for the split, an ERROR for each table two units both map. Each unit's model is built from the
 * classes its EntityManagerFactory manages, with its own settings and dialect. (Units whose entities reference
 * each other never get this far: Hibernate refuses to build such a unit, and
 * {@link dev.schemabootstrap.autoconfigure.diagnostics.CrossUnitAssociationFailureAnalyzer} reports it.)
 */
final class PersistenceUnitsCheck implements SmartInitializingSingleton {

	private final ListableBeanFactory beanFactory;

	private final SchemaBootstrapper bootstrapper;

	private final ClassLoader classLoader;

	PersistenceUnitsCheck(ListableBeanFactory beanFactory, SchemaBootstrapper bootstrapper, ClassLoader classLoader) {
		this.beanFactory = beanFactory;
		this.bootstrapper = bootstrapper;
		this.classLoader = classLoader;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Map<String, EntityManagerFactory> factories = new TreeMap<>(
				beanFactory.getBeansOfType(EntityManagerFactory.class, false, false));
		if (factories.size() < 2) {
			return;
		}
		List<OtherUnit> units = new ArrayList<>();
		factories.forEach((name, factory) -> units.add(new OtherUnit(name, model(factory))));
		List<Finding> findings = new ArrayList<>();
		for (int i = 0; i < units.size() - 1; i++) {
			UnitModel unit = units.get(i).model();
			CheckContext context = new CheckContext(unit.schema(), new CreationPlanner().plan(unit.schema()), Map.of(),
					unit.mapping(), UnitEnvironment.NONE.withOtherUnits(units.subList(i + 1, units.size())));
			boolean first = i == 0;
			String name = units.get(i).name();
			new MultiplePersistenceUnitsCheck().check(context)
				.stream()
				.filter((finding) -> first || finding.severity() == Severity.ERROR)
				.map((finding) -> named(finding, name))
				.forEach(findings::add);
		}
		bootstrapper.addFindings(Findings.of(findings));
	}

	/** The check speaks of "this persistence unit"; here every unit has a bean name. */
	private static Finding named(Finding finding, String unit) {
		String message = finding.message().replace("this persistence unit", "persistence unit " + unit)
			.replace("this one and", unit + " and");
		return new Finding(finding.id(), finding.severity(), finding.subject(), message, finding.hint());
	}

	private UnitModel model(EntityManagerFactory factory) {
		List<String> classNames = factory.getMetamodel()
			.getManagedTypes()
			.stream()
			.map(ManagedType::getJavaType)
			.map(Class::getName)
			.toList();
		Map<String, Object> settings = new HashMap<>(factory.getProperties());
		settings.put("hibernate.dialect",
				factory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect().getClass().getName());
		return SchemaAnalyzer.model(new PersistenceUnit(classNames, List.of()), settings, classLoader);
	}

}
