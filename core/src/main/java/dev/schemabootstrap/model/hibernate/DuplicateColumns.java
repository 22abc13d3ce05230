package dev.schemabootstrap.model.hibernate;

import java.beans.Introspector;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.DuplicateMappingException;

import dev.schemabootstrap.model.BootProblem;

/**
 * Names the attributes behind Hibernate's "Table [content] contains physical column name [incident_id] referred to
 * by multiple logical column names: [incident_id], [incidentId]". Hibernate refuses this while it binds the
 * metadata, before the boot model exists, and names only the table and the two logical names: an explicit
 * {@code @JoinColumn(name = "incident_id")} and an attribute {@code incidentId} the naming strategy turns into
 * the same physical name. The attributes are found again on the classes: an explicit {@code @Column} or
 * {@code @JoinColumn} name, or the attribute's own name when it has none; a parent's {@code @OneToMany
 * @JoinColumn} writes the child's table, so it is looked for on every class.
 */
final class DuplicateColumns {

	private static final Pattern MESSAGE = Pattern.compile(
			"Table \\[([^\\]]+)\\] contains physical column name \\[([^\\]]+)\\] referred to by multiple logical column names: \\[([^\\]]+)\\], \\[([^\\]]+)\\]");

	private DuplicateColumns() {
	}

	/**
	 * @return the problem, its class the entity of the table (left out of the next boot), {@code attribute} and
	 * {@code target} the two writers; empty when the entity of the table is not found
	 */
	static Optional<BootProblem> translate(DuplicateMappingException ex, List<Class<?>> classes) {
		String message = String.valueOf(ex.getMessage());
		Matcher matcher = MESSAGE.matcher(message);
		if (!matcher.find()) {
			return Optional.empty();
		}
		String table = matcher.group(1);
		String column = table + "." + matcher.group(2);
		List<Class<?>> owners = classes.stream()
			.filter((type) -> type.isAnnotationPresent(Entity.class) && sameName(tableOf(type), table))
			.toList();
		List<String> writers = new ArrayList<>();
		Class<?> owner = null;
		for (String logicalName : List.of(matcher.group(3), matcher.group(4))) {
			Optional<String[]> writer = owners.stream()
				.flatMap((type) -> attribute(type, logicalName).stream())
				.findFirst()
				.or(() -> classes.stream().flatMap((type) -> collectionJoinColumn(type, logicalName).stream()).findFirst());
			writer.ifPresent((found) -> writers.add(found[0] + "." + found[1]));
			if (owner == null && writer.isPresent()) {
				owner = owners.stream().filter((type) -> type.getName().equals(writer.get()[0])).findFirst().orElse(null);
			}
		}
		if (owner == null && owners.isEmpty()) {
			return Optional.empty();
		}
		Class<?> offender = owner == null ? owners.get(0) : owner;
		// the plain attribute is the one to make read-only: the association keeps writing the column
		String own = writers.stream()
			.filter((writer) -> writer.startsWith(offender.getName() + "."))
			.min(Comparator.comparing((String writer) -> association(offender, writer.substring(offender.getName().length() + 1))))
			.orElse(null);
		String other = writers.stream().filter((writer) -> !writer.equals(own)).findFirst().orElse(null);
		if (own == null || other == null) {
			return Optional.of(new BootProblem(BootProblem.Kind.DUPLICATE_COLUMN, offender.getName(), null, null,
					column, message));
		}
		return Optional.of(new BootProblem(BootProblem.Kind.DUPLICATE_COLUMN, offender.getName(),
				own.substring(offender.getName().length() + 1), other, column, message));
	}

	private static boolean association(Class<?> type, String attribute) {
		return AssociationAnnotations.kind(type, attribute).isPresent();
	}

	/** {@code [declaring entity, attribute]} of the class (or a mapped superclass) that maps the logical name. */
	private static Optional<String[]> attribute(Class<?> type, String logicalName) {
		for (Class<?> declaring = type; declaring != null && declaring != Object.class; declaring = declaring
			.getSuperclass()) {
			for (Field field : declaring.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers()) && maps(field, field.getName(), logicalName)) {
					return Optional.of(new String[] { type.getName(), field.getName() });
				}
			}
			for (Method method : declaring.getDeclaredMethods()) {
				String property = property(method);
				if (property != null && (method.isAnnotationPresent(Column.class)
						|| method.isAnnotationPresent(JoinColumn.class)) && maps(method, property, logicalName)) {
					return Optional.of(new String[] { type.getName(), property });
				}
			}
		}
		return Optional.empty();
	}

	/** A {@code @OneToMany} or {@code @ManyToMany} whose {@code @JoinColumn} writes the column in another table. */
	private static Optional<String[]> collectionJoinColumn(Class<?> type, String logicalName) {
		for (Class<?> declaring = type; declaring != null && declaring != Object.class; declaring = declaring
			.getSuperclass()) {
			for (Field field : declaring.getDeclaredFields()) {
				if ((field.isAnnotationPresent(OneToMany.class) || field.isAnnotationPresent(ManyToMany.class))
						&& joinColumnNames(field).contains(logicalName)) {
					return Optional.of(new String[] { type.getName(), field.getName() });
				}
			}
		}
		return Optional.empty();
	}

	private static boolean maps(AnnotatedElement member, String name, String logicalName) {
		if (member.isAnnotationPresent(Transient.class) || Modifier.isTransient(((Member) member).getModifiers())
				|| member.isAnnotationPresent(OneToMany.class) || member.isAnnotationPresent(ManyToMany.class)) {
			return false;
		}
		Column column = member.getAnnotation(Column.class);
		if (column != null && !column.name().isEmpty()) {
			return column.name().equals(logicalName);
		}
		List<String> joinColumns = joinColumnNames(member);
		if (!joinColumns.isEmpty()) {
			return joinColumns.contains(logicalName);
		}
		return name.equals(logicalName);
	}

	private static List<String> joinColumnNames(AnnotatedElement member) {
		List<JoinColumn> joinColumns = new ArrayList<>(List.of(member.getAnnotationsByType(JoinColumn.class)));
		JoinColumns group = member.getAnnotation(JoinColumns.class);
		if (group != null) {
			joinColumns.addAll(List.of(group.value()));
		}
		return joinColumns.stream().map(JoinColumn::name).filter((name) -> !name.isEmpty()).toList();
	}

	private static String property(Method method) {
		String name = method.getName();
		if (method.getParameterCount() == 0 && name.startsWith("get") && name.length() > 3) {
			return Introspector.decapitalize(name.substring(3));
		}
		if (method.getParameterCount() == 0 && name.startsWith("is") && name.length() > 2) {
			return Introspector.decapitalize(name.substring(2));
		}
		return null;
	}

	/** The table an entity class maps: its own {@code @Table}, or its root's in a single-table hierarchy. */
	private static String tableOf(Class<?> type) {
		Table table = type.getAnnotation(Table.class);
		if (table != null && !table.name().isEmpty()) {
			return table.name();
		}
		Class<?> parent = type.getSuperclass();
		if (parent != null && parent.isAnnotationPresent(Entity.class) && singleTable(parent)) {
			return tableOf(parent);
		}
		Entity entity = type.getAnnotation(Entity.class);
		return entity.name().isEmpty() ? type.getSimpleName() : entity.name();
	}

	private static boolean singleTable(Class<?> type) {
		for (Class<?> entity = type; entity != null && entity.isAnnotationPresent(Entity.class); entity = entity
			.getSuperclass()) {
			Inheritance inheritance = entity.getAnnotation(Inheritance.class);
			if (inheritance != null) {
				return inheritance.strategy() == InheritanceType.SINGLE_TABLE;
			}
		}
		return true;
	}

	/** {@code content_item} and {@code ContentItem} name the same table whatever the naming strategy did. */
	private static boolean sameName(String declared, String physical) {
		String name = physical.substring(physical.lastIndexOf('.') + 1);
		return normalized(declared).equals(normalized(name));
	}

	private static String normalized(String name) {
		return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
	}

}
