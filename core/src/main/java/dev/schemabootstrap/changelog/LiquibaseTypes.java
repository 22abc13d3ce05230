package dev.schemabootstrap.changelog;

import java.util.regex.Pattern;

import dev.schemabootstrap.model.DatabaseKind;

/**
 * A column's SQL type as it is handed to Liquibase, which translates the type names it knows for each database.
 * Liquibase reads a few standard SQL spellings as another type: {@code binary varying(16)} as a fixed
 * {@code BINARY(16)} (which pads values with zeros) on H2 and MariaDB, {@code character large object} as
 * {@code CHAR large object} (not SQL) on PostgreSQL, MariaDB and SQLite, {@code binary large object} as
 * {@code BINARY} on MariaDB. Those are written in the short spelling of the same type, which Liquibase translates
 * right everywhere. On PostgreSQL, Liquibase drops the {@code array} of {@code integer array},
 * {@code smallint array} and {@code uuid array} (it creates a plain {@code integer}): an array of a type without
 * arguments is written {@code integer[]}, which it keeps. It drops it from {@code numeric(10,2) array} too, but
 * keeps it in {@code decimal(10,2) array}, the same type on PostgreSQL. (It also drops it from
 * {@code timestamp(6) with time zone array} and {@code time(6) array}, in every spelling tried; those stay as
 * written: see docs/databases.md.) Every other type is handed over as written.
 */
final class LiquibaseTypes {

	private static final Pattern BINARY_VARYING = Pattern.compile("(?i)\\bbinary\\s+varying\\b");

	private static final Pattern CHARACTER_LARGE_OBJECT = Pattern.compile("(?i)\\bcharacter\\s+large\\s+object\\b");

	private static final Pattern BINARY_LARGE_OBJECT = Pattern.compile("(?i)\\bbinary\\s+large\\s+object\\b");

	/** An array of a type without arguments, as SQL writes it: {@code integer array}. */
	private static final Pattern PLAIN_ARRAY = Pattern.compile("(?i)^([a-z0-9_ ]+?)\\s+array$");

	/** An array of numbers with precision and scale: {@code numeric(10,2) array}. */
	private static final Pattern NUMERIC_ARRAY = Pattern.compile("(?i)^numeric(\\s*\\([^)]*\\)\\s+array)$");

	private LiquibaseTypes() {
	}

	static String of(String sqlType, DatabaseKind database) {
		if (database == DatabaseKind.POSTGRESQL) {
			java.util.regex.Matcher array = PLAIN_ARRAY.matcher(sqlType.trim());
			if (array.matches()) {
				return array.group(1) + "[]";
			}
			java.util.regex.Matcher numericArray = NUMERIC_ARRAY.matcher(sqlType.trim());
			if (numericArray.matches()) {
				return "decimal" + numericArray.group(1);
			}
		}
		return of(sqlType);
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
