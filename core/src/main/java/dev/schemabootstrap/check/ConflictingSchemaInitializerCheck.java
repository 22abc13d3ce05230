package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;

/**
 * Reports any DDL source other than Liquibase: Hibernate's {@code ddl-auto} or the JPA schema-generation
 * actions creating or updating tables, {@code spring.sql.init} running schema scripts, or Flyway migrating its
 * scripts. Two DDL sources fight: the schema drifts from the changelog and changesets fail on tables that already
 * exist. Flyway's library without Spring Boot's Flyway module runs nothing, which is worth a warning too: its
 * scripts look like part of the schema but never reach the database.
 */
public final class ConflictingSchemaInitializerCheck implements SchemaCheck {

	/** Hibernate settings, read through Spring's property names too, whose DDL-writing values conflict. */
	private static final List<String> HIBERNATE_DDL_PROPERTIES = List.of("spring.jpa.hibernate.ddl-auto",
			"spring.jpa.properties.hibernate.hbm2ddl.auto",
			"spring.jpa.properties.jakarta.persistence.schema-generation.database.action",
			"spring.jpa.properties.javax.persistence.schema-generation.database.action");

	private static final Set<String> DDL_VALUES = Set.of("create", "create-drop", "update", "drop-and-create",
			"drop", "create-only", "truncate");

	/** Set by the caller when {@code spring.sql.init} would run schema scripts (it found one and may run it). */
	public static final String SQL_INIT_SCHEMA_SCRIPTS = "spring.sql.init.schema-locations";

	/** Set by the caller, to Flyway's locations, when Spring Boot's Flyway auto-configuration would migrate them. */
	public static final String FLYWAY_LOCATIONS = "spring.flyway.locations";

	/**
	 * Set by the caller, to Flyway's locations, when Flyway's library is present but nothing runs it (Spring Boot 4
	 * auto-configures Flyway only with its {@code spring-boot-flyway} module).
	 */
	public static final String INERT_FLYWAY_LOCATIONS = "flyway-core";

	@Override
	public String id() {
		return FindingId.CONFLICTING_SCHEMA_INITIALIZER.id();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		List<Finding> findings = new ArrayList<>();
		for (String property : HIBERNATE_DDL_PROPERTIES) {
			String value = context.settings().get(property);
			if (value != null && DDL_VALUES.contains(value.trim().toLowerCase(Locale.ROOT))) {
				findings.add(new Finding(FindingId.CONFLICTING_SCHEMA_INITIALIZER, Severity.ERROR, property,
						"'" + property + "=" + value + "' makes Hibernate write DDL beside the Liquibase changelog",
						"Remove '" + property + "' (or set it to 'none' or 'validate'): Schema Bootstrap creates"
								+ " and evolves the schema through Liquibase"));
			}
		}
		String scripts = context.settings().get(SQL_INIT_SCHEMA_SCRIPTS);
		if (scripts != null) {
			findings.add(new Finding(FindingId.CONFLICTING_SCHEMA_INITIALIZER, Severity.ERROR, SQL_INIT_SCHEMA_SCRIPTS,
					"spring.sql.init would run the schema script(s) " + scripts + " beside the Liquibase changelog",
					"Move the DDL of " + scripts + " into entities or a hand-written changeset, or set"
							+ " 'spring.sql.init.mode=never'; data scripts (data.sql) may stay"));
		}
		String flyway = context.settings().get(FLYWAY_LOCATIONS);
		if (flyway != null) {
			findings.add(new Finding(FindingId.CONFLICTING_SCHEMA_INITIALIZER, Severity.ERROR, "Flyway",
					"Flyway would migrate " + flyway + " beside the Liquibase changelog: both would create the"
							+ " schema (Flyway stops on the tables Liquibase made, or with baseline-on-migrate both"
							+ " write DDL)",
					"Keep one tool: remove spring-boot-starter-flyway (or spring-boot-flyway) and move what " + flyway
							+ " creates into entities or hand-written changesets, or set 'spring.flyway.enabled=false';"
							+ " a database Flyway already built is adopted (docs/evolution.md, 'From Flyway')"));
		}
		String inert = context.settings().get(INERT_FLYWAY_LOCATIONS);
		if (inert != null) {
			findings.add(new Finding(FindingId.CONFLICTING_SCHEMA_INITIALIZER, Severity.WARNING, "flyway-core",
					"flyway-core is on the classpath without spring-boot-flyway: Spring Boot does not run Flyway, so"
							+ " the scripts in " + inert + " will not run",
					"Remove flyway-core and move what " + inert + " creates into entities or hand-written"
							+ " changesets, or set 'spring.flyway.enabled=false' to keep the library for other uses"));
		}
		return findings;
	}

}
