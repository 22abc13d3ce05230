package dev.schemabootstrap.autoconfigure.diagnostics;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

import dev.schemabootstrap.autoconfigure.CrossUnitAssociationException.Unit;
import dev.schemabootstrap.autoconfigure.CrossUnitAssociationException;
import dev.schemabootstrap.autoconfigure.DocsLinks;
import dev.schemabootstrap.finding.FindingId;

/**
 * Explains a {@link CrossUnitAssociationException} as the {@code multiple-persistence-units} ERROR it is: the
 * association, the two units it crosses with the packages of their entities, and the two ways out.
 */
public class CrossUnitAssociationFailureAnalyzer extends AbstractFailureAnalyzer<CrossUnitAssociationException> {

	private final Environment environment;

	public CrossUnitAssociationFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CrossUnitAssociationException cause) {
		String entity = simpleName(cause.getEntity());
		String target = simpleName(cause.getTarget());
		String association = entity + "." + cause.getAttribute() + " -> " + target;
		Unit unit = cause.getUnit();
		Unit targetUnit = cause.getTargetUnit();
		String description = "ERROR [" + FindingId.MULTIPLE_PERSISTENCE_UNITS.id() + "] " + entity + "." + cause.getAttribute()
				+ ": the association " + association + " crosses persistence units, which Hibernate refuses"
				+ " (each unit is mapped on its own).\n"
				+ "  - persistence unit " + unit.describe() + " maps " + entity + "; its entities are in "
				+ String.join(", ", unit.packages()) + "\n"
				+ (targetUnit != null
						? "  - persistence unit " + targetUnit.describe() + " maps " + target + "; its entities are in "
								+ String.join(", ", targetUnit.packages())
						: "  - " + cause.getTarget() + " is in no persistence unit of the application");
		String action = "Either map both entities in one persistence unit: one EntityManagerFactory whose packages"
				+ " include " + packageOf(cause.getEntity()) + " and " + packageOf(cause.getTarget()) + ";\n"
				+ "or keep the units apart and replace the association with an id column: in " + entity + ", '"
				+ target + " " + cause.getAttribute() + "' becomes 'Long " + cause.getAttribute() + "Id' (with"
				+ " @Column(name = \"" + cause.getAttribute() + "_id\")), and " + target + " is loaded through "
				+ (targetUnit != null ? "unit " + targetUnit.name() : "its own unit") + ".\n"
				+ "See " + DocsLinks.of(environment).finding(FindingId.MULTIPLE_PERSISTENCE_UNITS.id()) + ".";
		return new FailureAnalysis(description, action, cause);
	}

	private static String simpleName(String className) {
		return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
	}

	private static String packageOf(String className) {
		int dot = className.lastIndexOf('.');
		return dot < 0 ? "the default package" : className.substring(0, dot);
	}

}
