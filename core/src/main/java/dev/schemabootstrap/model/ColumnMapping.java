package dev.schemabootstrap.model;

/**
 * One attribute of an entity mapped to one column: which attribute owns (writes) the column and which only
 * reads it.
 *
 * @param entityName the entity whose rows hold the column (attributes of a superclass appear under every
 * subclass as well)
 * @param declaringEntityName the entity that declares the attribute (for the NOT NULL key Hibernate writes with
 * the child's insert on behalf of a parent's unidirectional {@code @OneToMany}, the parent, with the collection
 * as the attribute)
 * @param attribute the attribute's path, {@code address.street} for a column of an embedded attribute
 * @param insertable whether Hibernate writes the column on insert
 * @param updatable whether Hibernate writes the column on update
 */
public record ColumnMapping(String entityName, String declaringEntityName, String attribute, ColumnRef column,
		boolean insertable, boolean updatable) {

	/** Whether the attribute never writes the column ({@code insertable = false, updatable = false}). */
	public boolean readOnly() {
		return !insertable && !updatable;
	}

	/** {@code Entity.attribute}, with the declaring entity. */
	public String subject() {
		return declaringEntityName + "." + attribute;
	}

}
