package dev.schemabootstrap.autoconfigure.diagnostics;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

import dev.schemabootstrap.autoconfigure.DocsLinks;
import dev.schemabootstrap.autoconfigure.UnitPackages;
import dev.schemabootstrap.finding.FindingId;

/**
 * Explains Hibernate's "Not a managed type" (a Spring Data repository, or code asking the metamodel, for an entity
 * the persistence unit does not hold) as the {@code entity-outside-unit} ERROR it is here: the class, its package
 * and the packages the unit scans, read from the bean definitions, which outlive the failed startup.
 */
public class EntityOutsideUnitFailureAnalyzer extends AbstractFailureAnalyzer<IllegalArgumentException> {

	/** Hibernate's message, from {@code Metamodel.managedType(Class)}. */
	private static final Pattern NOT_MANAGED = Pattern.compile("Not a managed type: (?:class |interface )?([\\w$.]+)");

	private final @Nullable BeanFactory beanFactory;

	private final @Nullable Environment environment;

	public EntityOutsideUnitFailureAnalyzer(@Nullable BeanFactory beanFactory, @Nullable Environment environment) {
		this.beanFactory = beanFactory;
		this.environment = environment;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, IllegalArgumentException cause) {
		Matcher notManaged = NOT_MANAGED.matcher(String.valueOf(cause.getMessage()));
		if (!notManaged.find()) {
			return null;
		}
		String className = notManaged.group(1);
		int dot = className.lastIndexOf('.');
		String packageName = dot < 0 ? "" : className.substring(0, dot);
		List<String> scanned = scanned();
		String scannedText = scanned.isEmpty() ? "the packages of the persistence unit"
				: String.join(", ", scanned);
		BeanCreationException creation = findCause(rootFailure, BeanCreationException.class);
		String user = (creation != null && creation.getBeanName() != null)
				? "bean '" + creation.getBeanName() + "' (a Spring Data repository, or code using the JPA metamodel)"
				: "the application";
		String description = "ERROR [" + FindingId.ENTITY_OUTSIDE_UNIT.id() + "] " + className + ": " + user
				+ " needs the entity " + className + ", but the persistence unit does not hold it: its package "
				+ packageName + " is not among the packages the unit scans (" + scannedText + ").";
		String action = "Add " + packageName + " to the persistence unit: list it in @EntityScan together with "
				+ (scanned.isEmpty() ? "the packages already scanned" : scannedText)
				+ " (@EntityScan replaces the default packages), or set 'schema-bootstrap.packages=" + packageName
				+ "', or move " + className.substring(dot + 1) + " into a scanned package. If it is not meant to be an"
				+ " entity, remove its repository.\nSee " + DocsLinks.of(environment).finding(FindingId.ENTITY_OUTSIDE_UNIT.id())
				+ ".";
		return new FailureAnalysis(description, action, cause);
	}

	private List<String> scanned() {
		if (beanFactory == null || environment == null) {
			return List.of();
		}
		try {
			return UnitPackages.scanned(beanFactory, environment);
		}
		catch (RuntimeException ex) {
			// The bean factory may no longer hand out Spring Boot's package holders: the message does without.
			return List.of();
		}
	}

}
