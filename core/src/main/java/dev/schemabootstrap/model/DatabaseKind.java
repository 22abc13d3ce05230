package dev.schemabootstrap.model;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The databases Schema Bootstrap knows, told apart by their Hibernate dialect, with the differences that shape
 * the changelog and the checks.
 */
public enum DatabaseKind {

	/** H2 2.x: identifiers up to 256 characters; creates an index for every foreign key itself. */
	H2("H2", Features.STANDARD, 256, true, false, ReservedWords.H2),

	/**
	 * PostgreSQL: identifiers up to 63 bytes, longer ones silently truncated; never indexes foreign key columns
	 * itself.
	 */
	POSTGRESQL("PostgreSQL", Features.STANDARD, 63, false, true, ReservedWords.POSTGRESQL),

	/** MariaDB (InnoDB): a schema is a database; identifiers up to 64 characters; indexes foreign keys itself. */
	MARIADB("MariaDB", Features.SCHEMA_IS_CATALOG, 64, true, false, ReservedWords.MARIADB),

	/** MySQL 8 (InnoDB): a schema is a database; identifiers up to 64 characters; indexes foreign keys itself. */
	MYSQL("MySQL", Features.SCHEMA_IS_CATALOG, 64, true, false, ReservedWords.MYSQL),

	/**
	 * SQLite: no named schemas, cannot add a constraint to an existing table, no identifier limit, never indexes
	 * foreign key columns itself.
	 */
	SQLITE("SQLite", Features.NO_SCHEMAS_NO_ALTER, 0, false, false, ReservedWords.SQLITE),

	/** Any other database: treated like the common case, with no database-specific checks. */
	OTHER("the target database", Features.STANDARD, 0, true, false, Set.of());

	private enum Features {

		STANDARD, SCHEMA_IS_CATALOG, NO_SCHEMAS_NO_ALTER

	}

	private final String displayName;

	private final Features features;

	private final int identifierLimit;

	private final boolean indexesForeignKeys;

	private final boolean truncatesIdentifiers;

	private final Set<String> reservedWords;

	DatabaseKind(String displayName, Features features, int identifierLimit, boolean indexesForeignKeys,
			boolean truncatesIdentifiers, Set<String> reservedWords) {
		this.displayName = displayName;
		this.features = features;
		this.identifierLimit = identifierLimit;
		this.indexesForeignKeys = indexesForeignKeys;
		this.truncatesIdentifiers = truncatesIdentifiers;
		this.reservedWords = reservedWords;
	}

	/** The kind for a Hibernate dialect class name (as in {@link SchemaModel#dialect()}). */
	public static DatabaseKind of(String dialect) {
		String name = dialect.substring(dialect.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
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

	/**
	 * The kind of a live database: {@link #OTHER} for one that is none of the known kinds (HSQLDB, Derby, Oracle,
	 * ...), whose catalog Schema Bootstrap does not read ({@link #hasCatalogReader()}).
	 * @param productName {@link java.sql.DatabaseMetaData#getDatabaseProductName()}, or the dialect field of a
	 * live {@link SchemaModel}
	 */
	public static DatabaseKind fromProductName(String productName) {
		String name = productName.toLowerCase(Locale.ROOT);
		for (DatabaseKind kind : values()) {
			if (kind != OTHER && name.startsWith(kind.displayName.toLowerCase(Locale.ROOT))) {
				return kind;
			}
		}
		return OTHER;
	}

	/** Whether Schema Bootstrap reads the live schema of this database, for the drift check and adoption. */
	public boolean hasCatalogReader() {
		return this != OTHER;
	}

	public String displayName() {
		return displayName;
	}

	/** The database's product name, as the dialect of a live schema model. */
	public String productName() {
		return displayName;
	}

	/** Whether the database stores unquoted identifiers in upper case (H2). */
	public boolean upperCaseIdentifiers() {
		return this == H2;
	}

	/** Whether the database has named schemas that tables can be created in. */
	public boolean supportsSchemas() {
		return features != Features.NO_SCHEMAS_NO_ALTER;
	}

	/** Whether foreign keys and unique constraints can be added to a table that already exists. */
	public boolean supportsAlterTableConstraints() {
		return features != Features.NO_SCHEMAS_NO_ALTER;
	}

	/** Whether a schema is a database (a JDBC catalog), as on MySQL and MariaDB. */
	public boolean isSchemaCatalog() {
		return features == Features.SCHEMA_IS_CATALOG;
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
