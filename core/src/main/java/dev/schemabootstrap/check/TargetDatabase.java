package dev.schemabootstrap.check;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the checks need to know about the database a model is built for, derived from the Hibernate dialect's
 * class name.
 */
public enum TargetDatabase {

	/** H2 2.x: identifiers up to 256 characters; creates an index for every foreign key itself. */
	H2("H2", 256, true, false, ReservedWords.H2),

	/**
	 * PostgreSQL: identifiers up to 63 bytes, longer ones silently truncated; never indexes foreign key columns
	 * itself.
	 */
	POSTGRESQL("PostgreSQL", 63, false, true, ReservedWords.POSTGRESQL),

	/** MariaDB (InnoDB): identifiers up to 64 characters; indexes foreign key columns itself. */
	MARIADB("MariaDB", 64, true, false, ReservedWords.MARIADB),

	/** MySQL 8 (InnoDB): identifiers up to 64 characters; indexes foreign key columns itself. */
	MYSQL("MySQL", 64, true, false, ReservedWords.MYSQL),

	/** SQLite: no identifier limit; never indexes foreign key columns itself. */
	SQLITE("SQLite", 0, false, false, ReservedWords.SQLITE),

	/** Any other database: no dialect-specific checks. */
	OTHER("the target database", 0, true, false, Set.of());

	private final String displayName;

	private final int identifierLimit;

	private final boolean indexesForeignKeys;

	private final boolean truncatesIdentifiers;

	private final Set<String> reservedWords;

	TargetDatabase(String displayName, int identifierLimit, boolean indexesForeignKeys, boolean truncatesIdentifiers,
			Set<String> reservedWords) {
		this.displayName = displayName;
		this.identifierLimit = identifierLimit;
		this.indexesForeignKeys = indexesForeignKeys;
		this.truncatesIdentifiers = truncatesIdentifiers;
		this.reservedWords = reservedWords;
	}

	/** The database of a Hibernate dialect, by its class name ({@code org.hibernate.dialect.PostgreSQLDialect}). */
	public static TargetDatabase of(String dialectClassName) {
		String name = dialectClassName.substring(dialectClassName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		if (name.startsWith("h2")) {
			return H2;
		}
		if (name.startsWith("postgres")) {
			return POSTGRESQL;
		}
		if (name.startsWith("mariadb")) {
			return MARIADB;
		}
		if (name.startsWith("mysql")) {
			return MYSQL;
		}
		return name.startsWith("sqlite") ? SQLITE : OTHER;
	}

	public String displayName() {
		return displayName;
	}

	/** The longest table, column, index or constraint name the database accepts, if it has a limit. */
	public OptionalInt identifierLimit() {
		return identifierLimit > 0 ? OptionalInt.of(identifierLimit) : OptionalInt.empty();
	}

	/** Whether a longer name is cut to the limit without an error (rather than refused). */
	public boolean truncatesIdentifiers() {
		return truncatesIdentifiers;
	}

	/** Whether the database creates an index for a foreign key's columns when none exists. */
	public boolean indexesForeignKeys() {
		return indexesForeignKeys;
	}

	/** Whether the word may not be an unquoted table or column name. */
	public boolean isReserved(String identifier) {
		return reservedWords.contains(identifier.toLowerCase(Locale.ROOT));
	}

	/**
	 * The name as the database keeps it, for comparing names: lower case, and cut to the limit where the database
	 * truncates longer names.
	 */
	public String effectiveName(String identifier) {
		String lower = identifier.toLowerCase(Locale.ROOT);
		return truncatesIdentifiers && lower.length() > identifierLimit ? lower.substring(0, identifierLimit) : lower;
	}

	@Override
	public String toString() {
		return displayName;
	}

}
