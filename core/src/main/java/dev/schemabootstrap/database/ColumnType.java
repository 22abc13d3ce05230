package dev.schemabootstrap.database;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.model.DatabaseKind;

/**
 * A column type in a comparable form: one name per type whatever spelling the dialect or the database uses
 * ({@code int8} and {@code bigint}, {@code character varying} and {@code varchar}, {@code timestamptz} and
 * {@code timestamp(6) with time zone}), with the length, precision and scale only where they change what the
 * column holds ({@code varchar}, {@code char}, binary types, {@code numeric}), and the values of a native
 * {@code enum(...)} (H2, MariaDB, MySQL), which refuses any other: an enum that gains a value is a wider type.
 * Fractional-second precision and integer display widths are not kept.
 * <p>
 * Spellings go through the database's own aliases first ({@code text} is a clob on H2, {@code real} a double on
 * MariaDB and MySQL, {@code varbinary} a {@code bytea} on PostgreSQL), so that a type the database stores under
 * another name is no drift. A canonical name parses to itself on every database ({@code float4} for single
 * precision, since {@code real} means double on MariaDB): the live schema's types are parsed once when read and
 * again when compared.
 *
 * @param name the canonical type name, lower case
 * @param length the length or precision, or {@code null}
 * @param scale the scale of a {@code numeric}, or {@code null}
 * @param values the values of an {@code enum}, sorted (their order changes no value a column holds); empty for every
 * other type, and for an enum whose values were not given
 */
public record ColumnType(String name, @Nullable Integer length, @Nullable Integer scale, List<String> values) {

	public ColumnType {
		values = List.copyOf(values);
	}

	public ColumnType(String name, @Nullable Integer length, @Nullable Integer scale) {
		this(name, length, scale, List.of());
	}

	private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("int8", "bigint"),
			Map.entry("bigserial", "bigint"), Map.entry("serial8", "bigint"), Map.entry("int", "integer"),
			Map.entry("int4", "integer"), Map.entry("serial", "integer"), Map.entry("serial4", "integer"),
			Map.entry("int2", "smallint"), Map.entry("bool", "boolean"), Map.entry("character varying", "varchar"),
			Map.entry("varchar2", "varchar"), Map.entry("nvarchar", "varchar"),
			Map.entry("national character varying", "varchar"), Map.entry("character", "char"),
			Map.entry("bpchar", "char"), Map.entry("nchar", "char"), Map.entry("national character", "char"),
			Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"), Map.entry("float8", "double"),
			Map.entry("double precision", "double"), Map.entry("real", "float4"),
			Map.entry("timestamp without time zone", "timestamp"), Map.entry("timestamp with time zone", "timestamptz"),
			Map.entry("time without time zone", "time"), Map.entry("time with time zone", "timetz"),
			Map.entry("binary varying", "varbinary"), Map.entry("character large object", "clob"),
			Map.entry("binary large object", "blob"));

	/**
	 * MariaDB and MySQL: {@code real} is a double unless the server runs in {@code REAL_AS_FLOAT} mode, and Liquibase
	 * creates a {@code clob} as {@code longtext} and a timestamp with time zone as a plain {@code timestamp}.
	 */
	private static final Map<String, String> SCHEMA_CATALOG_ALIASES = Map.of("real", "double", "clob", "longtext",
			"timestamp with time zone", "timestamp", "timestamptz", "timestamp");

	/**
	 * Each database's own aliases, applied before the common synonyms: spellings the database stores as another
	 * type (H2 keeps {@code text} as a clob and {@code bit} as a boolean), and the types Liquibase creates for a
	 * spelling the database lacks (PostgreSQL has no varbinary: {@code bytea}; a {@code blob} is an {@code oid}).
	 */
	private static final Map<DatabaseKind, Map<String, String>> DATABASE_ALIASES = Map.of(DatabaseKind.H2,
			Map.of("text", "clob", "longvarchar", "varchar", "bytea", "varbinary", "longvarbinary", "varbinary", "raw",
					"varbinary", "bit", "boolean"),
			DatabaseKind.POSTGRESQL,
			Map.of("clob", "text", "longtext", "text", "longvarchar", "text", "varbinary", "bytea", "binary", "bytea",
					"binary varying", "bytea", "blob", "oid", "tinyint", "smallint"),
			DatabaseKind.MARIADB, mariadbAliases(), DatabaseKind.MYSQL, SCHEMA_CATALOG_ALIASES);

	/**
	 * MariaDB's {@code json} is an alias of {@code longtext} (with a {@code json_valid} check): the catalog reports
	 * the column as {@code longtext}. MySQL has a real json type, so this alias is MariaDB's only.
	 */
	private static Map<String, String> mariadbAliases() {
		Map<String, String> aliases = new java.util.HashMap<>(SCHEMA_CATALOG_ALIASES);
		aliases.put("json", "longtext");
		return Map.copyOf(aliases);
	}

	/**
	 * H2's largest length of a {@code varchar} or {@code varbinary}, which it reports for a column declared without
	 * one: both mean "no length given".
	 */
	private static final int H2_UNBOUNDED_LENGTH = 1_000_000_000;

	// Compiled once: the drift check parses two types per column, thousands per run.
	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	/** A quoted value of an {@code enum(...)}, a doubled quote standing for one. */
	private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");

	private static final Set<String> SIZED = Set.of("varchar", "char", "numeric", "varbinary", "binary", "bit");

	/** Types Liquibase creates as TEXT on SQLite, which has no date, time or uuid type. */
	private static final Set<String> SQLITE_TEXT = Set.of("timestamp", "datetime", "date", "time", "uuid");

	/**
	 * Parses a SQL type as a Hibernate dialect writes it or a database reports it.
	 * @param sqlType for example {@code varchar(255)}, {@code CHARACTER VARYING(255)}, {@code numeric(38,2)},
	 * {@code timestamp(6) with time zone}, {@code enum ('A','B')}
	 * @param kind the database the type is meant for: some spellings mean different types on different databases
	 */
	public static ColumnType parse(String sqlType, DatabaseKind kind) {
		String text = WHITESPACE.matcher(sqlType.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
		String element = arrayElement(text);
		if (element != null && kind != DatabaseKind.SQLITE) {
			ColumnType type = parse(element, kind);
			return new ColumnType(type.name + " array", type.length, type.scale);
		}
		List<Integer> arguments = new ArrayList<>();
		int open = text.indexOf('(');
		int close = text.lastIndexOf(')');
		if (open >= 0 && close > open) {
			for (String argument : text.substring(open + 1, close).split(",")) {
				String value = argument.trim();
				if (DIGITS.matcher(value).matches()) {
					// H2 reports the largest lengths (a clob's) as Long.MAX_VALUE: past int, they are all "unbounded".
					arguments.add(new BigInteger(value).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue());
				}
			}
			text = (text.substring(0, open).trim() + " " + text.substring(close + 1).trim()).trim();
		}
		if (kind == DatabaseKind.SQLITE) {
			return new ColumnType(sqliteAffinity(text), null, null);
		}
		String name = canonicalName(text, arguments, kind);
		if (name.equals("enum")) {
			return new ColumnType(name, null, null, enumValues(sqlType));
		}
		if (kind.isSchemaCatalog() && name.equals("uuid")) {
			return new ColumnType("char", 36, null);
		}
		if (!SIZED.contains(name)) {
			return new ColumnType(name, null, null);
		}
		Integer length = arguments.isEmpty() ? defaultLength(name) : arguments.get(0);
		if (kind == DatabaseKind.H2 && length != null && length == H2_UNBOUNDED_LENGTH) {
			length = null;
		}
		Integer scale = name.equals("numeric") && length != null ? (arguments.size() > 1 ? arguments.get(1) : 0)
				: null;
		return new ColumnType(name, length, scale);
	}

	/**
	 * The element type of an array, in each spelling: {@code varchar(255) array} (SQL, as Hibernate writes it and H2
	 * reports it), {@code varchar(255)[]} and {@code _varchar} (PostgreSQL); {@code null} for any other type.
	 */
	private static @Nullable String arrayElement(String text) {
		if (text.endsWith(" array")) {
			return text.substring(0, text.length() - " array".length());
		}
		if (text.endsWith("[]")) {
			return text.substring(0, text.length() - 2);
		}
		return null;
	}

	/** The values of {@code enum ('A','B')} as written (they are case-sensitive), sorted. */
	private static List<String> enumValues(String sqlType) {
		int open = sqlType.indexOf('(');
		int close = sqlType.lastIndexOf(')');
		if (open < 0 || close < open) {
			return List.of();
		}
		TreeSet<String> values = new TreeSet<>();
		Matcher quoted = QUOTED.matcher(sqlType.substring(open + 1, close));
		while (quoted.find()) {
			values.add(quoted.group(1).replace("''", "'"));
		}
		return List.copyOf(values);
	}

	private static String canonicalName(String text, List<Integer> arguments, DatabaseKind kind) {
		if (text.startsWith("enum")) {
			return "enum";
		}
		if (text.equals("float")) {
			// float(p): single precision up to 24 bits; a bare float is double on H2 and PostgreSQL only.
			boolean single = arguments.isEmpty() ? kind.isSchemaCatalog() : arguments.get(0) <= 24;
			arguments.clear();
			return single ? "float4" : "double";
		}
		if (text.equals("datetime") && !kind.isSchemaCatalog()) {
			return "timestamp";
		}
		if ((text.equals("boolean") || text.equals("bool")) && kind.isSchemaCatalog()) {
			return "tinyint";
		}
		String alias = DATABASE_ALIASES.getOrDefault(kind, Map.of()).getOrDefault(text, text);
		return SYNONYMS.getOrDefault(alias, alias);
	}

	/**
	 * SQLite keeps only a type affinity per column and enforces no length, so columns compare by affinity (SQLite's
	 * own rules, section 3.1 of its datatype documentation), temporal types and uuid as the TEXT Liquibase creates
	 * them as.
	 */
	private static String sqliteAffinity(String declared) {
		String first = declared.split(" ")[0];
		if (SQLITE_TEXT.contains(first)) {
			return "text";
		}
		if (declared.contains("int")) {
			return "integer";
		}
		if (declared.contains("char") || declared.contains("clob") || declared.contains("text")) {
			return "text";
		}
		if (declared.isEmpty() || declared.contains("blob") || declared.contains("binary")) {
			return "blob";
		}
		if (declared.contains("real") || declared.contains("floa") || declared.contains("doub")) {
			return "real";
		}
		return "numeric";
	}

	private static @Nullable Integer defaultLength(String name) {
		return name.equals("char") || name.equals("binary") || name.equals("bit") ? 1 : null;
	}

	private static final List<String> INTEGERS = List.of("tinyint", "smallint", "integer", "bigint");

	private static final Set<String> STRINGS = Set.of("char", "varchar");

	/**
	 * Whether a column of this type holds every value a column of the other type holds, so that changing the
	 * column to this type loses nothing: a longer string or binary, a larger integer type, more digits on both
	 * sides of a numeric's point, double for real (float4), varchar for char, a clob or text for a string, an enum
	 * with every value of the other.
	 */
	public boolean holdsEveryValueOf(ColumnType previous) {
		if (equals(previous)) {
			return true;
		}
		if (name.equals("enum") && previous.name.equals("enum")) {
			return values.containsAll(previous.values);
		}
		if (name.equals(previous.name) && name.equals("numeric")) {
			return length == null || (previous.length != null && scale != null && previous.scale != null
					&& scale >= previous.scale && length - scale >= previous.length - previous.scale);
		}
		if (name.equals(previous.name) || (name.equals("varchar") && previous.name.equals("char"))) {
			return length == null || (previous.length != null && length >= previous.length);
		}
		int rank = INTEGERS.indexOf(name);
		int previousRank = INTEGERS.indexOf(previous.name);
		if (rank >= 0 && previousRank >= 0) {
			return rank >= previousRank;
		}
		return (name.equals("double") && previous.name.equals("float4"))
				|| ((name.equals("clob") || name.equals("text")) && STRINGS.contains(previous.name));
	}

	/** Whether both are the same type apart from length, precision or scale. */
	public boolean sameBaseType(ColumnType other) {
		return name.equals(other.name);
	}

	@Override
	public String toString() {
		if (!values.isEmpty()) {
			return name + "(" + String.join(",", values.stream().map((value) -> "'" + value.replace("'", "''") + "'")
				.toList()) + ")";
		}
		if (length == null) {
			return name;
		}
		String arguments = "(" + length + (scale != null ? "," + scale : "") + ")";
		// An array's length is its element's, written where it parses back: varchar(255) array.
		return name.endsWith(" array") ? name.substring(0, name.length() - " array".length()) + arguments + " array"
				: name + arguments;
	}

}
