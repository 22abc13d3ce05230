package dev.schemabootstrap.changelog.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The few statements of a {@code sql} change the lint recognises, read cheaply: comments stripped, statements split
 * at semicolons, each matched against the start of the statements it cares about. Anything else (a function body, a
 * {@code sqlFile}, vendor syntax) is simply not recognised, never misreported as something else.
 */
final class RawSql {

	private static final String NAME = "((?:\"[^\"]+\"|`[^`]+`|[\\w$]+)(?:\\s*\\.\\s*(?:\"[^\"]+\"|`[^`]+`|[\\w$]+))*)";

	private static final Pattern COMMENTS = Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

	private static final Pattern CREATE_TABLE = Pattern.compile(
			"(?is)create\\s+(?:(?:global|local)\\s+)?(?:(?:temp|temporary|unlogged)\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?"
					+ NAME + ".*");

	private static final Pattern CREATE_INDEX = Pattern.compile("(?is)create\\s+(unique\\s+)?index\\s+(concurrently\\s+)?"
			+ "(?:if\\s+not\\s+exists\\s+)?(?:" + NAME + "\\s+)?on\\s+(?:only\\s+)?" + NAME + ".*");

	private static final Pattern ALTER_TABLE = Pattern.compile(
			"(?is)alter\\s+table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?" + NAME + "\\s+(.*)");

	private static final Pattern ALTER_TYPE = Pattern.compile(
			"(?is)alter\\s+(?:column\\s+)?" + NAME + "\\s+(?:set\\s+data\\s+)?type\\s+(.+?)(\\s+using\\s+.*)?");

	private static final Pattern SET_NOT_NULL = Pattern.compile("(?is)alter\\s+(?:column\\s+)?" + NAME + "\\s+set\\s+not\\s+null");

	private static final Pattern MODIFY = Pattern.compile("(?is)modify\\s+(?:column\\s+)?" + NAME + "\\s+(.+)");

	private static final Pattern ADD_UNIQUE = Pattern.compile(
			"(?is)add\\s+(?:constraint\\s+" + NAME + "\\s+)?unique\\s*(?!.*\\busing\\s+index\\b)(.*)");

	private static final Pattern NULLABILITY = Pattern.compile("(?i)\\s+(not\\s+)?null\\b.*$");

	private RawSql() {
	}

	/** A statement the lint recognises. */
	sealed interface Statement permits CreateTable, CreateIndex, ColumnType, SetNotNull, AddUnique {

	}

	record CreateTable(String table) implements Statement {

	}

	/** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [name] ON table ...}. */
	record CreateIndex(@Nullable String schema, String table, @Nullable String name, boolean concurrently, String sql)
			implements Statement {

	}

	/**
	 * A column's type changed: PostgreSQL's {@code ALTER [COLUMN] c [SET DATA] TYPE t [USING ...]} or MariaDB's and
	 * MySQL's {@code MODIFY [COLUMN] c t}.
	 *
	 * @param using whether an expression other than a plain cast of the column computes the new values (PostgreSQL):
	 * always a rewrite
	 */
	record ColumnType(@Nullable String schema, String table, String column, String type, boolean using, boolean modify)
			implements Statement {

	}

	/** PostgreSQL's {@code ALTER [COLUMN] c SET NOT NULL}. */
	record SetNotNull(@Nullable String schema, String table, String column) implements Statement {

	}

	/** {@code ADD [CONSTRAINT n] UNIQUE (...)} without {@code USING INDEX}: builds the index under the table's lock. */
	record AddUnique(@Nullable String schema, String table, @Nullable String name, String columns) implements Statement {

	}

	static List<Statement> statements(@Nullable String sql) {
		List<Statement> found = new ArrayList<>();
		if (sql == null) {
			return found;
		}
		for (String text : COMMENTS.matcher(sql).replaceAll(" ").split(";")) {
			String statement = text.strip();
			Matcher matcher;
			if ((matcher = CREATE_TABLE.matcher(statement)).matches()) {
				found.add(new CreateTable(last(matcher.group(1))));
			}
			else if ((matcher = CREATE_INDEX.matcher(statement)).matches()) {
				found.add(new CreateIndex(schema(matcher.group(4)), last(matcher.group(4)),
						matcher.group(3) == null ? null : last(matcher.group(3)), matcher.group(2) != null, statement));
			}
			else if ((matcher = ALTER_TABLE.matcher(statement)).matches()) {
				String table = matcher.group(1);
				for (String action : actions(matcher.group(2))) {
					found.addAll(alteration(schema(table), last(table), action.strip()));
				}
			}
		}
		return found;
	}

	private static List<Statement> alteration(@Nullable String schema, String table, String action) {
		Matcher matcher;
		if ((matcher = SET_NOT_NULL.matcher(action)).matches()) {
			return List.of(new SetNotNull(schema, table, last(matcher.group(1))));
		}
		if ((matcher = ALTER_TYPE.matcher(action)).matches()) {
			String column = last(matcher.group(1));
			boolean computed = matcher.group(3) != null && !isPlainCast(column, matcher.group(3));
			return List.of(new ColumnType(schema, table, column, matcher.group(2).strip(), computed, false));
		}
		if ((matcher = MODIFY.matcher(action)).matches()) {
			return List.of(new ColumnType(schema, table, last(matcher.group(1)),
					withoutNullability(matcher.group(2)).strip(), false, true));
		}
		if ((matcher = ADD_UNIQUE.matcher(action)).matches()) {
			String columns = matcher.group(2).strip().replaceAll("^\\(|\\)$", "").strip();
			return List.of(new AddUnique(schema, table, matcher.group(1) == null ? null : last(matcher.group(1)),
					columns));
		}
		return List.of();
	}

	/**
	 * Whether a {@code USING} clause only casts the column ({@code USING c::bigint}, {@code USING CAST(c AS bigint)}):
	 * PostgreSQL then decides as without it.
	 */
	private static boolean isPlainCast(String column, String using) {
		String expression = using.strip().replaceFirst("(?i)^using\\s+", "").replace("\"", "").toLowerCase(Locale.ROOT);
		String name = column.toLowerCase(Locale.ROOT);
		return expression.matches(Pattern.quote(name) + "\\s*::\\s*[\\w\\s(),]+")
				|| expression.matches("cast\\s*\\(\\s*" + Pattern.quote(name) + "\\s+as\\s+[\\w\\s(),]+\\)");
	}

	/** A type as {@code modifyDataType} and {@code MODIFY} may write it, without {@code NOT NULL} or what follows. */
	static String withoutNullability(String type) {
		return NULLABILITY.matcher(type).replaceFirst("");
	}

	/** The actions of an {@code ALTER TABLE}, split at the commas outside parentheses. */
	private static List<String> actions(String text) {
		List<String> actions = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char character = text.charAt(i);
			if (character == '(') {
				depth++;
			}
			else if (character == ')') {
				depth--;
			}
			else if (character == ',' && depth == 0) {
				actions.add(text.substring(start, i));
				start = i + 1;
			}
		}
		actions.add(text.substring(start));
		return actions;
	}

	private static String last(String qualified) {
		String[] parts = qualified.split("\\s*\\.\\s*");
		return unquoted(parts[parts.length - 1]);
	}

	private static @Nullable String schema(String qualified) {
		String[] parts = qualified.split("\\s*\\.\\s*");
		return parts.length < 2 ? null : unquoted(parts[parts.length - 2]);
	}

	private static String unquoted(String name) {
		boolean quoted = name.length() > 1 && (name.startsWith("\"") || name.startsWith("`"));
		return quoted ? name.substring(1, name.length() - 1) : name.toLowerCase(Locale.ROOT);
	}

}
