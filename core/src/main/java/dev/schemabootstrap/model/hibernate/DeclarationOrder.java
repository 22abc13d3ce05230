package dev.schemabootstrap.model.hibernate;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;

/**
 * The columns of an entity's table in the order its classes declare their attributes: the primary key, then the
 * attributes of the topmost superclass down to the entity, then those of its single-table subclasses. That is the
 * order a person writes a {@code CREATE TABLE} in, and the one hand-written data scripts with positional
 * {@code INSERT ... VALUES} rely on; Hibernate's own order puts association columns after the others. Columns no
 * attribute of a class declares (a discriminator, a collection's key, a join table's) keep Hibernate's order, after
 * the declared ones.
 */
final class DeclarationOrder {

	private final Map<Table, List<PersistentClass>> entitiesByTable = new HashMap<>();

	DeclarationOrder(Metadata metadata) {
		for (PersistentClass entity : metadata.getEntityBindings()) {
			entitiesByTable.computeIfAbsent(entity.getTable(), (table) -> new ArrayList<>()).add(entity);
		}
		// A superclass before its subclasses, then by name, so that the order does not depend on the metadata's.
		entitiesByTable.values()
			.forEach((entities) -> entities.sort(Comparator.comparingInt(DeclarationOrder::depth)
				.thenComparing(PersistentClass::getEntityName)));
	}

	/** The names of the table's columns, declared ones first, each once. */
	List<String> columns(Table table, List<String> primaryKey) {
		Set<String> ordered = new LinkedHashSet<>(primaryKey);
		for (PersistentClass entity : entitiesByTable.getOrDefault(table, List.of())) {
			Map<String, Property> properties = properties(entity);
			for (Class<?> type : hierarchy(entity)) {
				for (Field field : type.getDeclaredFields()) {
					Property property = properties.remove(field.getName());
					if (property != null) {
						columnsOf(property, table, ordered);
					}
				}
			}
		}
		table.getColumns().forEach((column) -> ordered.add(column.getName()));
		return List.copyOf(ordered);
	}

	private static Map<String, Property> properties(PersistentClass entity) {
		Map<String, Property> properties = new HashMap<>();
		if (entity.getIdentifierProperty() != null) {
			properties.put(entity.getIdentifierProperty().getName(), entity.getIdentifierProperty());
		}
		for (Property property : entity.getPropertyClosure()) {
			properties.put(property.getName(), property);
		}
		return properties;
	}

	private static void columnsOf(Property property, Table table, Set<String> ordered) {
		if (property.getValue().getTable() != table) {
			return;
		}
		for (Selectable selectable : property.getValue().getSelectables()) {
			if (selectable instanceof org.hibernate.mapping.Column column) {
				ordered.add(column.getName());
			}
		}
	}

	/** The entity's class and its superclasses, topmost first; none when the class cannot be loaded. */
	private static List<Class<?>> hierarchy(PersistentClass entity) {
		Deque<Class<?>> classes = new ArrayDeque<>();
		try {
			for (Class<?> type = entity.getMappedClass(); type != null && type != Object.class;
					type = type.getSuperclass()) {
				classes.addFirst(type);
			}
		}
		catch (RuntimeException | LinkageError ex) {
			// A dynamic-map entity or a class that does not load: Hibernate's order stays.
			return List.of();
		}
		return List.copyOf(classes);
	}

	private static int depth(PersistentClass entity) {
		int depth = 0;
		for (PersistentClass parent = entity.getSuperclass(); parent != null; parent = parent.getSuperclass()) {
			depth++;
		}
		return depth;
	}

}
