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
 * How one changeset spells its names. Liquibase's H2 support upper-cases every name it quotes, so a name Hibernate
 * quotes ({@code "order lines"}) would be created as {@code "ORDER LINES"}, which Hibernate's SQL does not find. On
 * H2 a changeset naming such a table or column therefore quotes all its names ({@code QUOTE_ALL_OBJECTS}, under which
 * Liquibase keeps names as written) and spells every name Hibernate leaves unquoted as H2 stores it: upper case.
 * Elsewhere names are written as the model has them, and the changelog stays what it always was.
 */
final class ChangeSetNames {

	private final Set<TableName> quotedTables;

	private final Set<ColumnRef> quotedColumns;

	private final boolean quoteAll;

	private boolean quotedNameUsed;

	private ChangeSetNames(Set<TableName> quotedTables, Set<ColumnRef> quotedColumns, boolean quoteAll) {
		this.quotedTables = quotedTables;
		this.quotedColumns = quotedColumns;
		this.quoteAll = quoteAll;
	}

	/** Names as the model has them; only H2 needs to know which ones Hibernate quotes. */
	static ChangeSetNames asWritten(DatabaseKind database, MappingModel mapping) {
		return database == DatabaseKind.H2
				? new ChangeSetNames(mapping.quotedTables(), mapping.quotedColumns(), false)
				: new ChangeSetNames(Set.of(), Set.of(), false);
	}

	/** The same names for a changeset that quotes all of them. */
	ChangeSetNames quotingAll() {
		return new ChangeSetNames(quotedTables, quotedColumns, true);
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
		// H2 folds unquoted names with English upper-casing rules ('straße' is stored as 'STRASSE').
		return quoteAll ? name.toUpperCase(Locale.ENGLISH) : name;
	}

}
