package dev.schemabootstrap.model.hibernate;

import org.hibernate.mapping.PersistentClass;

/**
 * The class name the model gives an entity. An entity of Hibernate's dynamic-map mode has no class: Envers' audit
 * entities ({@code Person_AUD}, made at boot for each {@code @Audited} entity) and {@code entity-name} mappings.
 * Such an entity is known by its entity name instead, which is unique among the unit's entities as a class name is.
 */
final class EntityClassNames {

	private EntityClassNames() {
	}

	static String of(PersistentClass entity) {
		String className = entity.getClassName();
		return className != null ? className : entity.getEntityName();
	}

}
