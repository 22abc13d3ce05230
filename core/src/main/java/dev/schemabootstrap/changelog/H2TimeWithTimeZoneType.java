package dev.schemabootstrap.changelog;

import java.util.Locale;

import liquibase.database.Database;
import liquibase.database.core.H2Database;
import liquibase.datatype.DataTypeInfo;
import liquibase.datatype.DatabaseDataType;
import liquibase.datatype.LiquibaseDataType;
import liquibase.datatype.core.TimeType;

/**
 * Liquibase's {@code time} on H2, keeping {@code with time zone}: Liquibase's own type writes {@code time with time
 * zone} (Hibernate's type for an {@code OffsetTime} on H2) as a plain {@code TIME} on every database but PostgreSQL,
 * so the column would lose each value's offset and differ from the model at every start. H2 has the type, so it is
 * written as given: {@code TIME(p) WITH TIME ZONE}. Every other {@code time} is Liquibase's, unchanged. Registered for
 * Liquibase in {@code META-INF/services}.
 */
@DataTypeInfo(name = "time", aliases = { "java.sql.Types.TIME", "java.sql.Time", "timetz" }, minParameters = 0,
		maxParameters = 1, priority = LiquibaseDataType.PRIORITY_DATABASE)
public class H2TimeWithTimeZoneType extends TimeType {

	@Override
	public boolean supports(Database database) {
		return database instanceof H2Database;
	}

	@Override
	public DatabaseDataType toDatabaseDataType(Database database) {
		String raw = getRawDefinition() == null ? "" : getRawDefinition().trim().toLowerCase(Locale.ROOT);
		if (!raw.contains("with time zone") && !raw.startsWith("timetz")) {
			return super.toDatabaseDataType(database);
		}
		Object[] parameters = getParameters();
		String precision = parameters.length > 0 ? "(" + parameters[0] + ")" : "";
		return new DatabaseDataType("TIME" + precision + " WITH TIME ZONE");
	}

}
