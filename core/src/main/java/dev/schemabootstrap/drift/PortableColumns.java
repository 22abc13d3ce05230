package dev.schemabootstrap.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.database.ColumnType;
import dev.schemabootstrap.model.CheckConstraint;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;

/**
 * The live schema read as the model spells it where a changelog written for another database built a column in that
 * database's way, which holds the same values and which Hibernate reads and writes alike: a changelog written for
 * PostgreSQL, applied on H2 or MariaDB in the tests, creates an {@code @Enumerated(STRING)} column as a
 * {@code varchar} with a check of its allowed values where the dialect of the tests has a native {@code enum(...)}
 * type, a {@code tinyint} column (an ordinal, a {@code byte}) as a {@code smallint}, since PostgreSQL has no
 * {@code tinyint}, and a {@code varbinary(255)} as a {@code bytea}, which has no length. Such a column is the model's
 * type, and the check, which only repeats the enum's values, is part of it. Any other difference stays: an enum check
 * whose values differ from the enum's is drift.
 */
final class PortableColumns {

	private static final String SMALLINT = "smallint";

	private static final String TINYINT = "tinyint";

	private PortableColumns() {
	}

	/** {@code live} with every such column as the model has it, and without the checks those columns stand for. */
	static SchemaModel asModelled(SchemaModel expected, SchemaModel live) {
		DatabaseKind kind = DatabaseKind.fromProductName(live.dialect());
		Map<String, Table> wanted = expected.tables()
			.stream()
			.collect(Collectors.toMap((table) -> DriftContext.key(table.name()), Function.identity(), (a, b) -> a));
		List<Table> tables = new ArrayList<>();
		boolean changed = false;
		for (Table table : live.tables()) {
			Table model = wanted.get(DriftContext.key(table.name()));
			Table read = model == null ? table : asModelled(model, table, kind);
			changed |= read != table;
			tables.add(read);
		}
		return changed ? new SchemaModel(live.dialect(), live.entities(), tables, live.sequences()) : live;
	}

	private static Table asModelled(Table model, Table live, DatabaseKind kind) {
		List<Column> columns = new ArrayList<>();
		List<CheckConstraint> checks = new ArrayList<>(live.checks());
		boolean changed = false;
		for (Column column : live.columns()) {
			Column modelled = model.column(column.name()).orElse(null);
			String type = modelled == null ? null : modelledType(modelled, column, checks, kind);
			if (type == null) {
				columns.add(column);
			}
			else {
				columns.add(new Column(column.name(), type, column.nullable(), column.identity(), column.defaultValue()));
				changed = true;
			}
		}
		if (!changed) {
			return live;
		}
		return new Table(live.name(), columns, live.primaryKey(), live.foreignKeys(), live.uniqueConstraints(),
				live.indexes(), live.initStatements(), checks);
	}

	/**
	 * The model's type when the live column is its portable form, removing the enum check it stands for from
	 * {@code checks}; else {@code null}.
	 */
	private static @Nullable String modelledType(Column modelled, Column live, List<CheckConstraint> checks,
			DatabaseKind kind) {
		ColumnType wanted = ColumnType.parse(modelled.sqlType(), kind);
		ColumnType found = ColumnType.parse(live.sqlType(), kind);
		if (wanted.name().equals(TINYINT) && found.name().equals(SMALLINT)) {
			return modelled.sqlType();
		}
		if (wanted.name().equals("varbinary") && found.name().equals("varbinary") && found.length() == null) {
			// PostgreSQL's bytea has no length: Liquibase creates it as a varbinary of the largest length.
			return modelled.sqlType();
		}
		if (!wanted.name().equals("enum") || !(found.name().equals("varchar") || found.name().equals("char"))) {
			return null;
		}
		CheckConstraint check = enumCheck(modelled, live.name(), checks);
		if (check == null) {
			return null;
		}
		checks.remove(check);
		return modelled.sqlType();
	}

	/** The live check allowing exactly the values of the model's {@code enum('A','B')} type on this column. */
	private static @Nullable CheckConstraint enumCheck(Column modelled, String liveName, List<CheckConstraint> checks) {
		String type = modelled.sqlType();
		int open = type.indexOf('(');
		int close = type.lastIndexOf(')');
		if (open < 0 || close < open) {
			return null;
		}
		String values = CheckConditions
			.canonical(liveName.toLowerCase(Locale.ROOT) + " in (" + type.substring(open + 1, close) + ")");
		return checks.stream()
			.filter((check) -> CheckConditions.canonical(check.condition()).equals(values))
			.findFirst()
			.orElse(null);
	}

}
