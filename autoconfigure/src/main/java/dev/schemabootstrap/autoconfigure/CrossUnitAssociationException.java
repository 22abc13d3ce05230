package dev.schemabootstrap.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Hibernate refused to boot a persistence unit because an association of one of its entities targets an entity of
 * another unit: carries both units and the packages of their entities, for
 * {@link dev.schemabootstrap.autoconfigure.diagnostics.CrossUnitAssociationFailureAnalyzer}. Hibernate's exception is the cause.
 */
public class CrossUnitAssociationException extends RuntimeException {

	private final String entity;

	private final String attribute;

	private final String target;

	private final Unit unit;

	private final @Nullable Unit targetUnit;

	CrossUnitAssociationException(String entity, String attribute, String target, Unit unit,
			@Nullable Unit targetUnit, RuntimeException cause) {
		super("The association " + entity + "." + attribute + " of persistence unit " + unit.name()
				+ " targets " + target + ", an entity of "
				+ (targetUnit != null ? "persistence unit " + targetUnit.name() : "no persistence unit") + ": "
				+ cause.getMessage(), cause);
		this.entity = entity;
		this.attribute = attribute;
		this.target = target;
		this.unit = unit;
		this.targetUnit = targetUnit;
	}

	/** The class of the entity with the association. */
	public String getEntity() {
		return entity;
	}

	public String getAttribute() {
		return attribute;
	}

	/** The class the association targets. */
	public String getTarget() {
		return target;
	}

	/** The unit Hibernate refused to boot. */
	public Unit getUnit() {
		return unit;
	}

	/** The unit whose entities include the target, when one of the application's units does. */
	public @Nullable Unit getTargetUnit() {
		return targetUnit;
	}

	/**
	 * A persistence unit of the application.
	 *
	 * @param beanName the EntityManagerFactory's bean name
	 * @param name the persistence unit's name
	 * @param classNames its managed classes
	 * @param packages the packages of its managed classes
	 */
	public record Unit(String beanName, String name, List<String> classNames, List<String> packages) {

		/** "orders (bean 'ordersEntityManagerFactory')", or the name alone when the bean has it. */
		public String describe() {
			return beanName.equals(name) ? name : name + " (bean '" + beanName + "')";
		}

	}

}
