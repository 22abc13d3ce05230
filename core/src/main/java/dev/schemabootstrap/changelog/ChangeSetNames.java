package dev.schemabootstrap.changelog;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.model.ColumnRef;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.TableName;

/**
 * How one changeset spells its names, so that it creates the names Hibernate's SQL uses. Liquibase quotes a name
 * only when its own list says the word is reserved, and that list is empty for SQLite and misses words on other
 * databases; Hibernate quotes what the mapping quotes ({@code @Column(name = "\"order\"")}) and, with
 * {@code hibernate.auto_quote_keyword}, every keyword. A changeset naming a table or column Hibernate quotes
 * therefore quotes all its names ({@code QUOTE_ALL_OBJECTS}, under which Liquibase writes every name as given), and
 * spells each name Hibernate leaves unquoted as the database stores such a name: upper case on H2 (where
 * Liquibase's own quoting would also upper-case the quoted ones), lower case on PostgreSQL, as written on MariaDB,
 * MySQL and SQLite. Changesets naming no such name, and every changeset for an unknown database, are written as
 * the model has them. The spelling is per family of databases ({@link NameCase}): the writer makes one changeset per
 * family where they differ, so that a changelog for PostgreSQL also runs on H2 in the tests.
 */
final class ChangeSetNames {

	private final DatabaseKind database;

	private final Set<TableName> quotedTables;

	private final Set<ColumnRef> quotedColumns;

	private final boolean quoteAll;

	/** How the names Hibernate leaves unquoted are spelled when all names are quoted. */
	private final NameCase nameCase;

	private boolean quotedNameUsed;

	/**
	 * How a family of databases stores a name that is not quoted, and so how a changeset that quotes every name must
	 * spell it there to create what Hibernate's unquoted SQL finds. A changelog is portable only if each changeset
	 * quoting all names comes in one spelling per family, each for its databases ({@code dbms}).
	 */
	enum NameCase {

		/** H2, HSQLDB, Derby, Oracle, Db2, Firebird, Snowflake: upper case. */
		UPPER("names-upper-case", "h2, hsqldb, derby, oracle, db2, db2z, firebird, snowflake"),

		/** PostgreSQL and its relatives: lower case (ASCII letters only). */
		LOWER("names-lower-case", "postgresql, cockroachdb, edb"),

		/** Every other database (MariaDB, MySQL, SQLite, SQL Server): as written. */
		AS_WRITTEN("names-as-written", "");

		private final String suffix;

		private final List<String> databases;

		NameCase(String suffix, String databases) {
			this.suffix = suffix;
			this.databases = databases.isEmpty() ? List.of() : List.of(databases.split(", "));
		}

		/** Appended to the id of a changeset written in this case for another family than the changelog's. */
		String suffix() {
			return suffix;
		}

		/** Liquibase's short names of the databases of this family; empty for {@link #AS_WRITTEN}, all others. */
		List<String> databases() {
			return databases;
		}

		static NameCase of(DatabaseKind database) {
			return switch (database) {
				case H2 -> UPPER;
				case POSTGRESQL -> LOWER;
				default -> AS_WRITTEN;
			};
		}

	}

	private ChangeSetNames(DatabaseKind database, Set<TableName> quotedTables, Set<ColumnRef> quotedColumns,
			boolean quoteAll, NameCase nameCase) {
		this.database = database;
		this.quotedTables = quotedTables;
		this.quotedColumns = quotedColumns;
		this.quoteAll = quoteAll;
		this.nameCase = nameCase;
	}

	/** Names as the model has them, until a name Hibernate quotes is spelled. */
	static ChangeSetNames asWritten(DatabaseKind database, MappingModel mapping) {
		NameCase nameCase = NameCase.of(database);
		return database == DatabaseKind.OTHER ? new ChangeSetNames(database, Set.of(), Set.of(), false, nameCase)
				: new ChangeSetNames(database, mapping.quotedTables(), mapping.quotedColumns(), false, nameCase);
	}

	/** The same names for a changeset that quotes all of them, on the changelog's database. */
	ChangeSetNames quotingAll() {
		return quotingAll(nameCase);
	}

	/** The same names for a changeset that quotes all of them, on the databases of a family. */
	ChangeSetNames quotingAll(NameCase nameCase) {
		return new ChangeSetNames(database, quotedTables, quotedColumns, true, nameCase);
	}

	/** The family of databases this changeset's names are spelled for. */
	NameCase nameCase() {
		return nameCase;
	}

	boolean quotesAll() {
		return quoteAll;
	}

	/** Whether a name Hibernate quotes was spelled so far: the changeset must then quote all its names. */
	boolean quotedNameUsed() {
		return quotedNameUsed;
	}

	@Nullable String schema(TableName table) {
		return table.schema() == null ? null : unquoted(table.schema());
	}

	String table(TableName table) {
		return quotedTables.contains(table) ? quoted(table.name()) : unquoted(table.name());
	}

	String column(TableName table, String column) {
		return quotedColumns.contains(new ColumnRef(table, column)) ? quoted(column) : unquoted(column);
	}

	/** A list of a table's columns, as Liquibase's {@code columnNames} attributes take it. */
	String columns(TableName table, List<String> columns) {
		return columns.stream().map((column) -> column(table, column)).collect(Collectors.joining(", "));
	}

	/** A key, constraint or index name: Hibernate never quotes those. */
	String constraint(String name) {
		return unquoted(name);
	}

	private String quoted(String name) {
		quotedNameUsed = true;
		return name;
	}

	private String unquoted(String name) {
		if (!quoteAll) {
			return name;
		}
		return switch (nameCase) {
			// H2 folds unquoted names with English upper-casing rules ('straße' is stored as 'STRASSE').
			case UPPER -> name.toUpperCase(Locale.ENGLISH);
			// PostgreSQL folds only ASCII letters of an unquoted name (in a UTF-8 database).
			case LOWER -> asciiLowerCase(name);
			case AS_WRITTEN -> name;
		};
	}

	private static String asciiLowerCase(String name) {
		StringBuilder lower = new StringBuilder(name.length());
		for (char c : name.toCharArray()) {
			lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
		}
		return lower.toString();
	}

}
