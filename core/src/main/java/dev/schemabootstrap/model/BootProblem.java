package dev.schemabootstrap.model;

import org.jspecify.annotations.Nullable;

/**
 * A mapping Hibernate refuses to boot with, recorded instead of thrown so that it can be reported beside every
 * other finding. The offending class is left out of the model.
 *
 * @param className the class whose mapping is wrong
 * @param attribute the attribute whose mapping is wrong, or {@code null} when the whole class is
 * @param target the other class involved: the target of an association, or the other class sharing an entity
 * name; for a duplicated column, the other attribute writing it ({@code pkg.Class.attribute})
 * @param detail the entity name shared, the {@code mappedBy} attribute that does not exist, or the duplicated
 * column ({@code table.column})
 * @param hibernateMessage what Hibernate said
 */
public record BootProblem(Kind kind, String className, @Nullable String attribute, @Nullable String target,
		@Nullable String detail, String hibernateMessage) {

	/** {@code SimpleClassName.attribute}, or the simple class name. */
	public String subject() {
		String simple = className.substring(className.lastIndexOf('.') + 1);
		return attribute == null ? simple : simple + "." + attribute;
	}

	public enum Kind {

		/** Two entity classes share one entity name. */
		DUPLICATE_ENTITY_NAME,

		/** An association targets a class that is not an entity of the persistence unit. */
		UNKNOWN_TARGET,

		/** A {@code mappedBy} names an attribute the target entity does not have. */
		UNKNOWN_MAPPED_BY,

		/** A {@code mappedBy} names an attribute of the target that is no {@code @ManyToOne} or {@code @OneToOne}. */
		MAPPED_BY_NOT_ASSOCIATION,

		/**
		 * Two attributes whose column names differ in the mapping but become one physical column (an explicit
		 * {@code incident_id} and an attribute {@code incidentId} under the snake-case naming strategy).
		 */
		DUPLICATE_COLUMN

	}

}
