package dev.schemabootstrap.model;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Names for the constraints an entity model leaves unnamed. Readable ({@code uk_customer_email}) and
 * deterministic; a name longer than {@link #MAX_LENGTH} keeps its start and ends in a short hash of the full
 * name, so it fits every supported database (PostgreSQL allows 63 characters) and stays unique.
 */
public final class ConstraintNames {

	public static final int MAX_LENGTH = 60;

	private ConstraintNames() {
	}

	public static String primaryKey(TableName table) {
		return fit("pk_" + table.name());
	}

	public static String unique(TableName table, List<String> columns) {
		return fit("uk_" + table.name() + "_" + String.join("_", columns));
	}

	/**
	 * The name of a check Hibernate leaves unnamed (the enum, ordinal and discriminator checks): after its column,
	 * or for a table-level check after a hash of its condition, so that it stays the same from run to run. Characters
	 * a name would need quotes for (a quoted table's space) become underscores: Hibernate never quotes constraint names.
	 */
	public static String check(TableName table, @Nullable String column, String condition) {
		String name = "ck_" + table.name() + "_" + (column != null ? column : hash(condition));
		return fit(name.replaceAll("[^\\p{L}\\p{N}_]", "_"));
	}

	static String fit(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.length() <= MAX_LENGTH) {
			return lower;
		}
		String hash = hash(lower);
		return lower.substring(0, MAX_LENGTH - hash.length() - 1) + "_" + hash;
	}

	private static String hash(String text) {
		return ShortHash.of(text, 4);
	}

}
