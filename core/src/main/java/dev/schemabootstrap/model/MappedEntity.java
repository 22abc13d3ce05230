package dev.schemabootstrap.model;

import org.jspecify.annotations.Nullable;

/**
 * An entity as mapped, beyond its table: where it sits in its inheritance hierarchy, whether Hibernate may
 * write it, and where its ids come from.
 *
 * @param entityName the JPA entity name (the simple class name unless {@code @Entity(name)} says otherwise)
 * @param rootClassName the class name of the root of its inheritance hierarchy (itself when it has no entity
 * superclass)
 * @param mutable {@code false} for an {@code @Immutable} entity, which never writes its table
 * @param sequenceTable the table Hibernate updates for each block of ids, in place of a sequence the database
 * does not have (a {@code SEQUENCE} or {@code AUTO} id on SQLite or MySQL); {@code null} when the ids come from a
 * real sequence, an identity column, another generator or the application
 */
public record MappedEntity(String entityName, String className, String rootClassName, TableName table,
		boolean mutable, @Nullable TableName sequenceTable) {

	public MappedEntity(String entityName, String className, String rootClassName, TableName table,
			boolean mutable) {
		this(entityName, className, rootClassName, table, mutable, null);
	}

	public boolean isRoot() {
		return className.equals(rootClassName);
	}

}
