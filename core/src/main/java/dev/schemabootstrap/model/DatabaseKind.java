package dev.schemabootstrap.model;

import java.util.Locale;

/**
 * The databases Schema Bootstrap knows, told apart by their Hibernate dialect, with the differences that shape
 * the changelog.
 */
public enum DatabaseKind {

	H2(true, true, false), POSTGRESQL(true, true, false), MARIADB(true, true, true), MYSQL(true, true, true),
	/** SQLite has no schemas and cannot add a constraint to an existing table. */
	SQLITE(false, false, false),
	/** Any other database: treated like the common case. */
	OTHER(true, true, false);

	private final boolean schemas;

	private final boolean alterTableConstraints;

	private final boolean schemaIsCatalog;

	DatabaseKind(boolean schemas, boolean alterTableConstraints, boolean schemaIsCatalog) {
		this.schemas = schemas;
		this.alterTableConstraints = alterTableConstraints;
		this.schemaIsCatalog = schemaIsCatalog;
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
		if (name.startsWith("sqlite")) {
			return SQLITE;
		}
		return OTHER;
	}

	/** Whether the database has named schemas that tables can be created in. */
	public boolean supportsSchemas() {
		return schemas;
	}

	/** Whether foreign keys and unique constraints can be added to a table that already exists. */
	public boolean supportsAlterTableConstraints() {
		return alterTableConstraints;
	}

	/** Whether a schema is a database (a JDBC catalog), as on MySQL and MariaDB. */
	public boolean isSchemaCatalog() {
		return schemaIsCatalog;
	}

}
