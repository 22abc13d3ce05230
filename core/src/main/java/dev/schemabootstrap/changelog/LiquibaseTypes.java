package dev.schemabootstrap.changelog;

import java.util.regex.Pattern;

/**
 * A column's SQL type as it is handed to Liquibase, which translates the type names it knows for each database.
 * Liquibase reads a few standard SQL spellings as another type: {@code binary varying(16)} as a fixed
 * {@code BINARY(16)} (which pads values with zeros) on H2 and MariaDB, {@code character large object} as
 * {@code CHAR large object} (not SQL) on PostgreSQL, MariaDB and SQLite, {@code binary large object} as
 * {@code BINARY} on MariaDB. Those are written in the short spelling of the same type, which Liquibase translates
 * right everywhere; every other type is handed over as written.
 */
final class LiquibaseTypes {

	private static final Pattern BINARY_VARYING = Pattern.compile("(?i)\\bbinary\\s+varying\\b");

	private static final Pattern CHARACTER_LARGE_OBJECT = Pattern.compile("(?i)\\bcharacter\\s+large\\s+object\\b");

	private static final Pattern BINARY_LARGE_OBJECT = Pattern.compile("(?i)\\bbinary\\s+large\\s+object\\b");

	private LiquibaseTypes() {
	}

	static String of(String sqlType) {
		if (sqlType.indexOf(' ') < 0) {
			return sqlType;
		}
		String type = BINARY_VARYING.matcher(sqlType).replaceAll("varbinary");
		type = CHARACTER_LARGE_OBJECT.matcher(type).replaceAll("clob");
		return BINARY_LARGE_OBJECT.matcher(type).replaceAll("blob");
	}

}
