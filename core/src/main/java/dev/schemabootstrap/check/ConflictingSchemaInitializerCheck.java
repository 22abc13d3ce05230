package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reports any DDL source other than Liquibase: Hibernate's {@code ddl-auto} or the JPA schema-generation
 * actions creating or updating tables, or {@code spring.sql.init} running schema scripts. Two DDL sources
 * fight: the schema drifts from the changelog and changesets fail on tables that already exist.
 */
public final class ConflictingSchemaInitializerCheck implements SchemaCheck {

	public static final String ID = "conflicting-schema-initializer";

	/** Hibernate settings, read through Spring's property names too, whose DDL-writing values conflict. */
	private static final List<String> HIBERNATE_DDL_PROPERTIES = List.of("spring.jpa.hibernate.ddl-auto",
			"spring.jpa.properties.hibernate.hbm2ddl.auto",
			"spring.jpa.properties.jakarta.persistence.schema-generation.database.action",
			"spring.jpa.properties.javax.persistence.schema-generation.database.action");

	private static final Set<String> DDL_VALUES = Set.of("create", "create-drop", "update", "drop-and-create",
			"drop", "create-only", "truncate");

	/** Set by the caller when {@code spring.sql.init} would run schema scripts (it found one and may run it). */
	public static final String SQL_INIT_SCHEMA_SCRIPTS = "spring.sql.init.schema-locations";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<Finding> check(CheckContext context) {
		List<Finding> findings = new ArrayList<>();
		for (String property : HIBERNATE_DDL_PROPERTIES) {
			String value = context.settings().get(property);
			if (value != null && DDL_VALUES.contains(value.trim().toLowerCase(Locale.ROOT))) {
				findings.add(new Finding(ID, Severity.ERROR, property,
						"'" + property + "=" + value + "' makes Hibernate write DDL beside the Liquibase changelog",
						"Remove '" + property + "' (or set it to 'none' or 'validate'): Schema Bootstrap creates"
								+ " and evolves the schema through Liquibase"));
			}
		}
		String scripts = context.settings().get(SQL_INIT_SCHEMA_SCRIPTS);
		if (scripts != null) {
			findings.add(new Finding(ID, Severity.ERROR, SQL_INIT_SCHEMA_SCRIPTS,
					"spring.sql.init would run the schema script(s) " + scripts + " beside the Liquibase changelog",
					"Move the DDL of " + scripts + " into entities or a hand-written changeset, or set"
							+ " 'spring.sql.init.mode=never'; data scripts (data.sql) may stay"));
		}
		return findings;
	}

}
