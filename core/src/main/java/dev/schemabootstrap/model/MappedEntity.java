package dev.schemabootstrap.model;

/**
 * An entity as mapped, beyond its table: where it sits in its inheritance hierarchy and whether Hibernate may
 * write it.
 *
 * @param entityName the JPA entity name (the simple class name unless {@code @Entity(name)} says otherwise)
 * @param rootClassName the class name of the root of its inheritance hierarchy (itself when it has no entity
 * superclass)
 * @param mutable {@code false} for an {@code @Immutable} entity, which never writes its table
 */
public record MappedEntity(String entityName, String className, String rootClassName, TableName table,
		boolean mutable) {

	public boolean isRoot() {
		return className.equals(rootClassName);
	}

}
