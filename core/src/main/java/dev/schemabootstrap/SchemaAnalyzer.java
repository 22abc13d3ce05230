package dev.schemabootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.schemabootstrap.check.CheckContext;
import dev.schemabootstrap.check.SchemaCheck;
import dev.schemabootstrap.check.StandardChecks;
import dev.schemabootstrap.check.UnitEnvironment;
import dev.schemabootstrap.discover.ApplicationProperties;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.model.hibernate.SpringBootImplicitNamingStrategy;
import dev.schemabootstrap.model.hibernate.UnitModelFactory;
import dev.schemabootstrap.plan.CreationPlan;
import dev.schemabootstrap.plan.CreationPlanner;

/**
 * Runs the pipeline up to the changelog: model, plan and every check, reporting all findings at once. Needs no
 * Spring and no database, so the starter, the Maven plugin and plain unit tests share it.
 * <p>
 * Mappings Hibernate refuses to boot with (two entities with one name, an association to a class outside the
 * unit or to no entity, a {@code mappedBy} naming no association, two names the naming strategy makes one
 * column) do not stop the analysis: the offending class is left out, the
 * rest is analysed, and the problem becomes a finding beside the others. Other Hibernate failures propagate.
 */
public final class SchemaAnalyzer {

	/** Settings a Spring Boot application runs Hibernate with by default, besides the dialect. */
	public static final Map<String, String> SPRING_BOOT_NAMING = Map.of("hibernate.physical_naming_strategy",
			"org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl", "hibernate.implicit_naming_strategy",
			SpringBootImplicitNamingStrategy.class.getName());

	/**
	 * Set by the caller in the application's settings, to a comma-separated list of table names, when libraries of
	 * the application create those tables themselves with their own schema scripts at startup (Spring Batch's
	 * {@code BATCH_*}, ...): the analysed model carries them as {@link SchemaModel#libraryTables()}.
	 */
	public static final String LIBRARY_TABLES = "library-tables";

	private final List<SchemaCheck> checks;

	/** The application's Hibernate settings for {@link #analyze(String, Class...)}, besides the dialect. */
	private final Map<String, String> hibernateSettings;

	/** The application's configuration, by property name, for the checks that read it. */
	private final Map<String, String> applicationSettings;

	public SchemaAnalyzer(List<SchemaCheck> checks) {
		this(checks, Map.of(), Map.of());
	}

	private SchemaAnalyzer(List<SchemaCheck> checks, Map<String, String> hibernateSettings,
			Map<String, String> applicationSettings) {
		this.checks = List.copyOf(checks);
		this.hibernateSettings = Map.copyOf(hibernateSettings);
		this.applicationSettings = Map.copyOf(applicationSettings);
	}

	public static SchemaAnalyzer standard() {
		return new SchemaAnalyzer(StandardChecks.all());
	}

	/**
	 * Builds the models of a persistence unit, for example of the other units of an application before any of
	 * them is analysed (see {@link UnitEnvironment}).
	 * @param hibernateSettings the Hibernate settings of the unit's EntityManagerFactory, naming its dialect
	 */
	public static UnitModel model(PersistenceUnit unit, Map<String, ?> hibernateSettings, ClassLoader classLoader) {
		return UnitModelFactory.create(unit, hibernateSettings, classLoader);
	}

	/**
	 * The same analyzer, with Hibernate settings of the application that {@link #analyze(String, Class...)} maps
	 * the entities with, for example {@code Map.of("hibernate.auto_quote_keyword", "true")}; later calls add to
	 * and override earlier ones.
	 */
	public SchemaAnalyzer withHibernateSettings(Map<String, ?> settings) {
		Map<String, String> merged = new LinkedHashMap<>(hibernateSettings);
		settings.forEach((key, value) -> merged.put(key, String.valueOf(value)));
		return new SchemaAnalyzer(checks, merged, applicationSettings);
	}

	/**
	 * The same analyzer, with the configuration the application starts with, read from its configuration files on
	 * the class path (by default {@code application.yml} and {@code application.properties}): its
	 * {@code spring.jpa.*} Hibernate settings, as Spring Boot maps them, and the properties the checks read (for
	 * example {@code spring.jpa.hibernate.ddl-auto}). The test and the start then map the entities alike.
	 */
	public SchemaAnalyzer withApplicationProperties(String... resources) {
		String[] files = resources.length > 0 ? resources
				: new String[] { "application.yml", "application.yaml", "application.properties" };
		ClassLoader classLoader = Thread.currentThread().getContextClassLoader() != null
				? Thread.currentThread().getContextClassLoader() : getClass().getClassLoader();
		return withApplicationProperties(ApplicationProperties.read(classLoader, files));
	}

	/** As {@link #withApplicationProperties(String...)}, with properties already read. */
	public SchemaAnalyzer withApplicationProperties(ApplicationProperties properties) {
		Map<String, String> settings = new LinkedHashMap<>(applicationSettings);
		settings.putAll(properties.properties());
		return new SchemaAnalyzer(checks, hibernateSettings, settings)
			.withHibernateSettings(properties.hibernateSettings());
	}

	/**
	 * Analyses entity classes as a Spring Boot application with the given dialect would map them (snake-case
	 * physical names, then the settings given by {@link #withHibernateSettings} and
	 * {@link #withApplicationProperties}), for users' own tests: {@code analyze("org.hibernate.dialect.PostgreSQLDialect",
	 * Order.class, Customer.class)}.
	 * @param dialect the dialect to map for, or {@code null} for the one the application's properties name
	 */
	public SchemaAnalysis analyze(String dialect, Class<?>... classes) {
		Map<String, String> settings = new LinkedHashMap<>(SPRING_BOOT_NAMING);
		settings.putAll(hibernateSettings);
		if (dialect != null) {
			settings.put("hibernate.dialect", dialect);
		}
		if (!settings.containsKey("hibernate.dialect")) {
			throw new IllegalArgumentException("No dialect to analyse the entities for: pass one, for example "
					+ "\"org.hibernate.dialect.PostgreSQLDialect\", or set spring.jpa.database-platform in the "
					+ "application's properties");
		}
		ClassLoader classLoader = classes.length > 0 ? classes[0].getClassLoader() : getClass().getClassLoader();
		return analyze(PersistenceUnit.of(classes), settings, applicationSettings, classLoader);
	}

	/**
	 * @param hibernateSettings the Hibernate settings of the application's EntityManagerFactory, naming its dialect
	 * @param settings the application's configuration, by property name, for checks that read it
	 */
	public SchemaAnalysis analyze(PersistenceUnit unit, Map<String, ?> hibernateSettings,
			Map<String, String> settings, ClassLoader classLoader) {
		return analyze(unit, hibernateSettings, settings, classLoader, UnitEnvironment.NONE);
	}

	/**
	 * @param environment the application's other persistence units and the entity classes found by scanning
	 */
	public SchemaAnalysis analyze(PersistenceUnit unit, Map<String, ?> hibernateSettings,
			Map<String, String> settings, ClassLoader classLoader, UnitEnvironment environment) {
		return analyze(unit, model(unit, hibernateSettings, classLoader), settings, environment);
	}

	/** Analyses a schema model alone: checks that need the mapping model find nothing. */
	public SchemaAnalysis analyze(PersistenceUnit unit, SchemaModel model, Map<String, String> settings) {
		return analyze(unit, new UnitModel(model, MappingModel.EMPTY), settings, UnitEnvironment.NONE);
	}

	public SchemaAnalysis analyze(PersistenceUnit unit, UnitModel model, Map<String, String> settings,
			UnitEnvironment environment) {
		SchemaModel schema = model.schema().withLibraryTables(libraryTables(settings));
		CreationPlan plan = new CreationPlanner().plan(schema);
		CheckContext context = new CheckContext(schema, plan, settings, model.mapping(), environment);
		List<Finding> findings = new ArrayList<>();
		for (SchemaCheck check : checks) {
			findings.addAll(check.check(context));
		}
		return new SchemaAnalysis(unit, schema, plan, Findings.of(findings), model.mapping());
	}

	private static List<String> libraryTables(Map<String, String> settings) {
		String tables = settings.get(LIBRARY_TABLES);
		return tables == null ? List.of()
				: Arrays.stream(tables.split(",")).map(String::trim).filter((table) -> !table.isEmpty()).toList();
	}

}
