package dev.schemabootstrap.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Compares check conditions the way the database means them, not as it spells them: every database rewrites the
 * condition it is given. Hibernate's {@code status in ('OPEN','CLOSED')} comes back from PostgreSQL as
 * {@code ((status)::text = ANY ((ARRAY['OPEN'::character varying, 'CLOSED'::character varying])::text[]))}, from H2
 * as {@code "STATUS" IN('OPEN', 'CLOSED')}, from MariaDB with backquotes; {@code priority between 0 and 1} comes back
 * from PostgreSQL as {@code ((priority >= 0) AND (priority <= 1))}. The canonical form drops casts, parentheses and
 * identifier quotes, folds identifiers and keywords to lower case (string literals keep their case: enum values are
 * case-sensitive), turns a list of allowed values into their sorted set and a range into one spelling. A list or a
 * range of one value is that value's set: H2, PostgreSQL and MariaDB give {@code dtype in ('Circle')} back as
 * {@code dtype = 'Circle'}, and H2 gives {@code unit between 0 and 0} back as {@code unit = 0}. Two conditions are
 * the same check when their canonical forms are equal.
 */
final class CheckConditions {

	/** A PostgreSQL cast: {@code ::text}, {@code ::character varying}, {@code ::text[]}. */
	private static final Pattern CAST = Pattern.compile(
			"::\\s*\"?[a-z_][a-z0-9_]*\"?(?: varying| precision| with(?:out)? time zone)?(?:\\[\\])?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TOKEN = Pattern.compile(
			"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|[A-Za-z_][A-Za-z0-9_$]*|-?[0-9]+(?:\\.[0-9]+)?|<=|>=|<>|!=|\\S");

	private CheckConditions() {
	}

	/** The canonical form of a condition, with or without a leading {@code CHECK}. */
	static String canonical(String condition) {
		List<String> tokens = tokens(CAST.matcher(condition).replaceAll(""));
		if (!tokens.isEmpty() && tokens.get(0).equals("check")) {
			tokens = tokens.subList(1, tokens.size());
		}
		String allowed = allowedValues(tokens);
		if (allowed != null) {
			return allowed;
		}
		String range = range(tokens);
		return range != null ? range : String.join(" ", tokens);
	}

	/** The column a canonical condition starts with: for an enum or discriminator check, its column. */
	static @Nullable String column(String canonical) {
		int end = canonical.indexOf(' ');
		String first = end < 0 ? canonical : canonical.substring(0, end);
		return first.matches("[a-z_][a-z0-9_$]*|\"[^\"]*\"") ? first : null;
	}

	/** Whether a canonical condition allows a list of values ({@code column in {...}}). */
	static boolean isAllowedValues(String canonical) {
		return canonical.matches("\\S+ in \\{.*\\}");
	}

	/** Tokens without parentheses; identifiers and keywords unquoted and in lower case, literals as written. */
	private static List<String> tokens(String condition) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(condition);
		while (matcher.find()) {
			String token = matcher.group();
			if (token.equals("(") || token.equals(")")) {
				continue;
			}
			if (token.startsWith("'")) {
				tokens.add(token);
			}
			else if (token.startsWith("\"") || token.startsWith("`")) {
				tokens.add(token.substring(1, token.length() - 1).toLowerCase(Locale.ROOT));
			}
			else {
				tokens.add(token.toLowerCase(Locale.ROOT));
			}
		}
		return tokens;
	}

	/**
	 * {@code c in (v, ...)}, {@code c = any (array[v, ...])} and {@code c = v}: {@code c in {v, ...}}, values sorted.
	 */
	private static @Nullable String allowedValues(List<String> tokens) {
		if (tokens.size() == 3 && tokens.get(1).equals("=") && isLiteral(tokens.get(2))) {
			return oneValue(tokens.get(0), tokens.get(2));
		}
		int start;
		if (tokens.size() > 2 && tokens.get(1).equals("in")) {
			start = 2;
		}
		else if (tokens.size() > 5 && tokens.subList(1, 5).equals(List.of("=", "any", "array", "["))
				&& tokens.get(tokens.size() - 1).equals("]")) {
			start = 5;
			tokens = tokens.subList(0, tokens.size() - 1);
		}
		else {
			return null;
		}
		TreeSet<String> values = new TreeSet<>();
		for (int i = start; i < tokens.size(); i++) {
			boolean separator = (i - start) % 2 == 1;
			if (separator != tokens.get(i).equals(",") || (!separator && !isLiteral(tokens.get(i)))) {
				return null;
			}
			if (!separator) {
				values.add(tokens.get(i));
			}
		}
		return tokens.get(0) + " in {" + String.join(",", values) + "}";
	}

	/**
	 * {@code c between a and b} and {@code c >= a and c <= b}: {@code c between a and b}; a range of one value
	 * ({@code a} and {@code b} the same) is that value's set, {@code c in {a}}.
	 */
	private static @Nullable String range(List<String> tokens) {
		if (tokens.size() == 5 && tokens.get(1).equals("between") && tokens.get(3).equals("and")) {
			return between(tokens.get(0), tokens.get(2), tokens.get(4));
		}
		if (tokens.size() == 7 && tokens.get(1).equals(">=") && tokens.get(3).equals("and")
				&& tokens.get(4).equals(tokens.get(0)) && tokens.get(5).equals("<=")) {
			return between(tokens.get(0), tokens.get(2), tokens.get(6));
		}
		return null;
	}

	private static String between(String column, String low, String high) {
		return low.equals(high) && isLiteral(low) ? oneValue(column, low) : column + " between " + low + " and " + high;
	}

	private static String oneValue(String column, String value) {
		return column + " in {" + value + "}";
	}

	private static boolean isLiteral(String token) {
		return token.startsWith("'") || Character.isDigit(token.charAt(0)) || token.startsWith("-");
	}

}
