package dev.schemabootstrap.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Index;
import dev.schemabootstrap.model.PrimaryKey;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Sequence;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.model.UniqueConstraint;

/**
 * Builds {@link SchemaModel}s by hand. Every table gets a {@code bigint} primary key {@code id} named
 * {@code pk_<table>}; a foreign key adds its column {@code <target>_id} (nullable when the key is optional) and
 * is named {@code fk_<table>_<column>}. Tables are named {@code schema.table} or just {@code table}.
 */
public final class ModelBuilder {

	private final Map<TableName, TableDraft> tables = new LinkedHashMap<>();

	private final List<Sequence> sequences = new ArrayList<>();

	private ModelBuilder() {
	}

	public static ModelBuilder model() {
		return new ModelBuilder();
	}

	public ModelBuilder tables(String... names) {
		for (String name : names) {
			TableName tableName = TableName.of(name);
			if (tables.containsKey(tableName)) {
				throw new IllegalArgumentException("Duplicate table " + name);
			}
			tables.put(tableName, new TableDraft(tableName));
		}
		return this;
	}

	/** A NOT NULL key from one table to another, on column {@code <target>_id}. */
	public ModelBuilder requiredFk(String from, String to) {
		return fk(from, TableName.of(to).name() + "_id", to, false);
	}

	/** A nullable key from one table to another, on column {@code <target>_id}. */
	public ModelBuilder optionalFk(String from, String to) {
		return fk(from, TableName.of(to).name() + "_id", to, true);
	}

	public ModelBuilder fk(String from, String column, String to, boolean optional) {
		TableDraft table = draft(from);
		table.columns.add(new Column(column, "bigint", optional));
		table.foreignKeys.add(new ForeignKey("fk_" + table.name.name() + "_" + column, table.name, List.of(column),
				TableName.of(to), List.of("id"), optional, false));
		return this;
	}

	/** A key over columns declared with {@link #column}; it may reference any columns of the target. */
	public ModelBuilder foreignKey(String from, String name, List<String> columns, String to,
			List<String> referencedColumns, boolean optional) {
		TableDraft table = draft(from);
		table.foreignKeys.add(new ForeignKey(name, table.name, columns, TableName.of(to), referencedColumns, optional,
				false));
		return this;
	}

	public ModelBuilder column(String table, String name, String sqlType, boolean nullable) {
		draft(table).columns.add(new Column(name, sqlType, nullable));
		return this;
	}

	public ModelBuilder index(String table, String name, String... columns) {
		draft(table).indexes.add(new Index(name, List.of(columns), false));
		return this;
	}

	public ModelBuilder unique(String table, String name, String... columns) {
		draft(table).uniques.add(new UniqueConstraint(name, List.of(columns)));
		return this;
	}

	public ModelBuilder sequence(String name) {
		sequences.add(new Sequence(TableName.of(name), 1, 50));
		return this;
	}

	public SchemaModel build() {
		return build(null);
	}

	/**
	 * The same model, but with tables, sequences and the foreign keys, indexes and unique constraints of every
	 * table handed over in an order the random source picks.
	 */
	public SchemaModel buildShuffled(Random random) {
		return build(random);
	}

	private SchemaModel build(Random shuffle) {
		List<Table> built = new ArrayList<>();
		for (TableDraft draft : tables.values()) {
			built.add(new Table(draft.name, draft.columns, new PrimaryKey("pk_" + draft.name.name(), List.of("id")),
					shuffled(draft.foreignKeys, shuffle), shuffled(draft.uniques, shuffle),
					shuffled(draft.indexes, shuffle), List.of()));
		}
		return new SchemaModel("org.hibernate.dialect.H2Dialect", List.of(), shuffled(built, shuffle),
				shuffled(sequences, shuffle));
	}

	private static <T> List<T> shuffled(List<T> items, Random random) {
		List<T> copy = new ArrayList<>(items);
		if (random != null) {
			Collections.shuffle(copy, random);
		}
		return copy;
	}

	private TableDraft draft(String name) {
		TableDraft draft = tables.get(TableName.of(name));
		if (draft == null) {
			throw new IllegalArgumentException("No table " + name + "; declare it with tables(...) first");
		}
		return draft;
	}

	private static final class TableDraft {

		final TableName name;

		final List<Column> columns = new ArrayList<>();

		final List<ForeignKey> foreignKeys = new ArrayList<>();

		final List<UniqueConstraint> uniques = new ArrayList<>();

		final List<Index> indexes = new ArrayList<>();

		TableDraft(TableName name) {
			this.name = name;
			columns.add(new Column("id", "bigint", false));
		}

	}

}
