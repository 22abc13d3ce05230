package dev.schemabootstrap.model.hibernate;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Optional;

import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;

import dev.schemabootstrap.model.Association;

/**
 * The JPA annotation on an association attribute, read from its field or getter: Hibernate's boot model no
 * longer tells a {@code @OneToOne} from a unique {@code @ManyToOne}, nor a {@code @ManyToMany} from a
 * {@code @OneToMany} with a join table.
 */
final class AssociationAnnotations {

	private AssociationAnnotations() {
	}

	static Optional<Association.Kind> kind(Class<?> type, String attribute) {
		return member(type, attribute).map((member) -> {
			if (member.isAnnotationPresent(ManyToOne.class)) {
				return Association.Kind.MANY_TO_ONE;
			}
			if (member.isAnnotationPresent(OneToOne.class)) {
				return Association.Kind.ONE_TO_ONE;
			}
			if (member.isAnnotationPresent(OneToMany.class)) {
				return Association.Kind.ONE_TO_MANY;
			}
			return member.isAnnotationPresent(ManyToMany.class) ? Association.Kind.MANY_TO_MANY : null;
		});
	}

	static Optional<String> mappedBy(Class<?> type, String attribute) {
		return member(type, attribute).map((member) -> {
			String mappedBy = mappedBy(member.getAnnotation(OneToOne.class));
			if (mappedBy == null) {
				mappedBy = mappedBy(member.getAnnotation(OneToMany.class));
			}
			return (mappedBy == null) ? mappedBy(member.getAnnotation(ManyToMany.class)) : mappedBy;
		});
	}

	private static String mappedBy(Annotation annotation) {
		String mappedBy = "";
		if (annotation instanceof OneToOne oneToOne) {
			mappedBy = oneToOne.mappedBy();
		}
		else if (annotation instanceof OneToMany oneToMany) {
			mappedBy = oneToMany.mappedBy();
		}
		else if (annotation instanceof ManyToMany manyToMany) {
			mappedBy = manyToMany.mappedBy();
		}
		return mappedBy.isEmpty() ? null : mappedBy;
	}

	private static Optional<AnnotatedElement> member(Class<?> type, String attribute) {
		if (attribute.contains(".")) {
			return Optional.empty();
		}
		String capitalized = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			for (Field field : current.getDeclaredFields()) {
				if (field.getName().equals(attribute) && hasAssociation(field)) {
					return Optional.of(field);
				}
			}
			for (Method method : current.getDeclaredMethods()) {
				String name = method.getName();
				if ((name.equals("get" + capitalized) || name.equals("is" + capitalized)) && hasAssociation(method)) {
					return Optional.of(method);
				}
			}
		}
		return Optional.empty();
	}

	private static boolean hasAssociation(AnnotatedElement member) {
		return member.isAnnotationPresent(ManyToOne.class) || member.isAnnotationPresent(OneToOne.class)
				|| member.isAnnotationPresent(OneToMany.class) || member.isAnnotationPresent(ManyToMany.class);
	}

}
