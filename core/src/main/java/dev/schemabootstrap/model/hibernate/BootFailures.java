package dev.schemabootstrap.model.hibernate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.DuplicateMappingException;
import org.hibernate.MappingException;

import dev.schemabootstrap.model.BootProblem;

/**
 * Recognizes the mapping errors Hibernate 7 fails its boot with, by their messages, and names the class and
 * attribute at fault. Messages not recognized give nothing: the caller rethrows the exception.
 */
final class BootFailures {

	private static final Pattern UNKNOWN_TARGET = Pattern
		.compile("'([\\w.$]+)'[^']*?(?:targets the type '([\\w.$]+)' )?which does not belong to the same persistence unit");

	private static final Pattern NOT_AN_ENTITY = Pattern
		.compile("'([\\w.$]+)' targets the type '([\\w.$]+)' which is not an '@Entity' type");

	private static final Pattern UNKNOWN_MAPPED_BY = Pattern.compile(
			"'([\\w.$]+)' is 'mappedBy' a property named '([\\w.$]+)' which does not exist in the target entity(?: type)? '([\\w.$]+)'");

	private static final Pattern MAPPED_BY_NOT_ASSOCIATION = Pattern.compile(
			"'([\\w.$]+)' is 'mappedBy' a property named '([\\w.$]+)' of the target entity type '([\\w.$]+)' which is not a '@OneToOne' or '@ManyToOne' association");

	private static final Pattern DUPLICATE_ENTITY_NAME = Pattern
		.compile("Entity classes \\[([\\w.$]+)\\] and \\[([\\w.$]+)\\] share the entity name '([^']+)'");

	private BootFailures() {
	}

	/**
	 * @param ex what Hibernate threw
	 * @param classNames the classes Hibernate was given, to split {@code pkg.Class.attribute} paths
	 * @param classLoader loads them, to find the attributes of a duplicated column
	 */
	static Optional<BootProblem> translate(MappingException ex, List<String> classNames, ClassLoader classLoader) {
		String message = String.valueOf(ex.getMessage());
		Matcher duplicate = DUPLICATE_ENTITY_NAME.matcher(message);
		if (ex instanceof DuplicateMappingException && duplicate.find()) {
			return Optional.of(new BootProblem(BootProblem.Kind.DUPLICATE_ENTITY_NAME, duplicate.group(2), null,
					duplicate.group(1), duplicate.group(3), message));
		}
		if (ex instanceof DuplicateMappingException duplicateColumn) {
			return DuplicateColumns.translate(duplicateColumn, load(classNames, classLoader));
		}
		Matcher notAnEntity = NOT_AN_ENTITY.matcher(message);
		if (notAnEntity.find()) {
			return split(notAnEntity.group(1), classNames).map((path) -> new BootProblem(
					BootProblem.Kind.UNKNOWN_TARGET, path[0], path[1], notAnEntity.group(2), null, message));
		}
		Matcher unknownTarget = UNKNOWN_TARGET.matcher(message);
		if (unknownTarget.find()) {
			return split(unknownTarget.group(1), classNames).map((path) -> new BootProblem(
					BootProblem.Kind.UNKNOWN_TARGET, path[0], path[1], unknownTarget.group(2), null, message));
		}
		Matcher mappedBy = UNKNOWN_MAPPED_BY.matcher(message);
		if (mappedBy.find()) {
			return split(mappedBy.group(1), classNames).map((path) -> new BootProblem(
					BootProblem.Kind.UNKNOWN_MAPPED_BY, path[0], path[1], mappedBy.group(3), mappedBy.group(2),
					message));
		}
		Matcher notAssociation = MAPPED_BY_NOT_ASSOCIATION.matcher(message);
		if (notAssociation.find()) {
			return split(notAssociation.group(1), classNames).map((path) -> new BootProblem(
					BootProblem.Kind.MAPPED_BY_NOT_ASSOCIATION, path[0], path[1], notAssociation.group(3),
					notAssociation.group(2), message));
		}
		return Optional.empty();
	}

	private static List<Class<?>> load(List<String> classNames, ClassLoader classLoader) {
		List<Class<?>> classes = new ArrayList<>();
		for (String className : classNames) {
			try {
				classes.add(Class.forName(className, false, classLoader));
			}
			catch (ClassNotFoundException | LinkageError ex) {
				// Hibernate has loaded every class it was given; one that cannot be loaded here maps no column
			}
		}
		return classes;
	}

	/** {@code [class, attribute]} of a {@code pkg.Class.attribute.path}, the class being one Hibernate was given. */
	private static Optional<String[]> split(String path, List<String> classNames) {
		for (int dot = path.lastIndexOf('.'); dot > 0; dot = path.lastIndexOf('.', dot - 1)) {
			String className = path.substring(0, dot);
			if (classNames.contains(className)) {
				return Optional.of(new String[] { className, path.substring(dot + 1) });
			}
		}
		return Optional.empty();
	}

}
