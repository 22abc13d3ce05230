package dev.schemabootstrap.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.testing.H2Models;

/** Runs the standard analysis on entity classes (fixtures or {@link CompiledEntities}), for one target database. */
final class Analyses {

	static final String POSTGRESQL = "org.hibernate.dialect.PostgreSQLDialect";

	static final String MYSQL = "org.hibernate.dialect.MySQLDialect";

	static final String MARIADB = "org.hibernate.dialect.MariaDBDialect";

	private Analyses() {
	}

	static SchemaAnalysis h2(Class<?>... classes) {
		return analyze(H2Models.SETTINGS, UnitEnvironment.NONE, classes);
	}

	/** As {@link #h2(Class...)} for classes compiled in the test (see {@link CompiledEntities}). */
	static SchemaAnalysis h2(List<Class<?>> classes) {
		return h2(classes.toArray(Class<?>[]::new));
	}

	static SchemaAnalysis on(String dialect, Class<?>... classes) {
		Map<String, String> settings = new HashMap<>(H2Models.SETTINGS);
		settings.put("hibernate.dialect", dialect);
		return analyze(settings, UnitEnvironment.NONE, classes);
	}

	/** As {@link #on(String, Class...)} for classes compiled in the test (see {@link CompiledEntities}). */
	static SchemaAnalysis on(String dialect, List<Class<?>> classes) {
		return on(dialect, classes.toArray(Class<?>[]::new));
	}

	static SchemaAnalysis h2(UnitEnvironment environment, Class<?>... classes) {
		return analyze(H2Models.SETTINGS, environment, classes);
	}

	/**
	 * Hibernate loads what it needs by the classes' own loader: a fixture's is the test's, classes compiled in the
	 * test have a loader of their own.
	 */
	private static SchemaAnalysis analyze(Map<String, String> settings, UnitEnvironment environment,
			Class<?>... classes) {
		ClassLoader loader = (classes.length > 0) ? classes[0].getClassLoader() : Analyses.class.getClassLoader();
		return SchemaAnalyzer.standard().analyze(PersistenceUnit.of(classes), settings, Map.of(), loader, environment);
	}

	/** The one finding about the subject, failing when there is none or more than one. */
	static Finding single(Findings findings, String subject) {
		List<Finding> matching = findings.filter((finding) -> finding.subject().equals(subject)).asList();
		if (matching.size() != 1) {
			throw new AssertionError("Expected one finding about " + subject + " but found " + matching.size()
					+ " in:\n" + findings);
		}
		return matching.get(0);
	}

}
