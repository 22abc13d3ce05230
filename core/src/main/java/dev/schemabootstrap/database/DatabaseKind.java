package dev.schemabootstrap.database;

import java.util.Locale;

/**
 * The databases the live schema can be read from, told apart by the product name their JDBC driver reports.
 */
public enum DatabaseKind {

	H2("H2", true, true), POSTGRESQL("PostgreSQL", false, false), MARIADB("MariaDB", true, false),
	MYSQL("MySQL", true, false), SQLITE("SQLite", false, false);

	private final String productName;

	private final boolean indexesForeignKeys;

	private final boolean upperCaseIdentifiers;

	DatabaseKind(String productName, boolean indexesForeignKeys, boolean upperCaseIdentifiers) {
		this.productName = productName;
		this.indexesForeignKeys = indexesForeignKeys;
		this.upperCaseIdentifiers = upperCaseIdentifiers;
	}

	/**
	 * @param productName {@link java.sql.DatabaseMetaData#getDatabaseProductName()}, or the dialect field of a
	 * live {@link dev.schemabootstrap.model.SchemaModel}
	 * @throws IllegalArgumentException for a database this project does not support
	 */
	public static DatabaseKind fromProductName(String productName) {
		String name = productName.toLowerCase(Locale.ROOT);
		for (DatabaseKind kind : values()) {
			if (name.startsWith(kind.productName.toLowerCase(Locale.ROOT))) {
				return kind;
			}
		}
		throw new IllegalArgumentException("Unsupported database '" + productName
				+ "': the live schema can be read from H2, PostgreSQL, MariaDB, MySQL and SQLite");
	}

	/** The product name, as the dialect of a live schema model. */
	public String productName() {
		return productName;
	}

	/** Whether the database creates an index for each foreign key that has none (InnoDB, H2). */
	public boolean indexesForeignKeys() {
		return indexesForeignKeys;
	}

	/** Whether the database stores unquoted identifiers in upper case (H2). */
	public boolean upperCaseIdentifiers() {
		return upperCaseIdentifiers;
	}

	/** Whether a schema is a database there, the JDBC catalog of the connection. */
	public boolean schemaIsCatalog() {
		return this == MARIADB || this == MYSQL;
	}

}
