package dev.schemabootstrap.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.database.CatalogRows.ColumnRow;
import dev.schemabootstrap.database.CatalogRows.ForeignKeyRow;
import dev.schemabootstrap.database.CatalogRows.IndexRow;
import dev.schemabootstrap.database.CatalogRows.KeyRow;
import dev.schemabootstrap.model.CheckConstraint;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Index;
import dev.schemabootstrap.model.PrimaryKey;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Sequence;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.model.UniqueConstraint;

/**
 * Reads the live schema of a connection into a {@link SchemaModel} whose dialect is the database's product name
 * ({@link DatabaseKind#productName()}). Tables of the connection's default schema get a {@code null} schema, as in
 * the entity model (H2 {@code PUBLIC}, PostgreSQL's current schema, the current database on MariaDB and MySQL,
 * {@code main} on SQLite); names keep the database's spelling, so compare them ignoring case.
 * <p>
 * Each database is read with three grouped catalog queries (columns, indexes with primary keys, foreign keys)
 * covering all requested schemas at once, whatever the number of tables. Column types are normalized with
 * {@link ColumnType}. Unique indexes, which is how every supported database keeps unique constraints, become
 * {@link UniqueConstraint}s; the other indexes become {@link Index}es, indexes a database made for its foreign
 * keys included. Liquibase's tables ({@code DATABASECHANGELOG}, {@code DATABASECHANGELOGLOCK}), Flyway's
 * {@code flyway_schema_history} and Hibernate's temporary {@code HTE_*} tables are left out, and so are Spring
 * Modulith's event publication tables ({@code event_publication}, {@code event_publication_archive}) when no entity
 * of the model maps them, as are the tables the application's libraries create themselves
 * ({@link SchemaModel#libraryTables()}). Sequences are not read.
 * Check constraints are read by one more query ({@link CheckConstraintReader}), with the database's spelling of their
 * conditions.
 */
public final class LiveSchemaReader {

	private static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");

	/** Flyway's history, kept as a record when a database Flyway built is adopted; no entity maps it. */
	private static final String FLYWAY_HISTORY_TABLE = "flyway_schema_history";

	/**
	 * Spring Modulith's event publication registry. Its JDBC registry creates these tables itself
	 * ({@code spring.modulith.events.jdbc.schema-initialization.enabled}) and no entity maps them; its JPA registry
	 * maps {@code event_publication} as an entity, and then the table is the model's like any other.
	 */
	private static final Set<String> MODULITH_TABLES = Set.of("event_publication", "event_publication_archive");

	/**
	 * Whether the live schema of the connection's database can be read: H2, PostgreSQL, MariaDB, MySQL and SQLite.
	 * On any other database (HSQLDB, Derby, ...) the changelog still works, being Liquibase's, but there is no
	 * drift check.
	 */
	public static boolean canRead(Connection connection) throws SQLException {
		return DatabaseKind.fromProductName(connection.getMetaData().getDatabaseProductName()).hasCatalogReader();
	}

	/**
	 * Reads the default schema and the named schemas the model uses, without the tables another tool owns that the
	 * model does not map ({@link #isIgnoredTable(String, SchemaModel)}).
	 */
	public SchemaModel read(Connection connection, SchemaModel model) throws SQLException {
		SchemaModel live = read(connection, model.schemas());
		List<Table> tables = live.tables()
			.stream()
			.filter((table) -> !isIgnoredTable(table.name().name(), model))
			.toList();
		return tables.size() == live.tables().size() ? live
				: new SchemaModel(live.dialect(), live.entities(), tables, live.sequences());
	}

	/**
	 * Reads the default schema and the given named schemas.
	 * @param namedSchemas schema names as the model spells them, in any case; on MariaDB and MySQL, databases
	 */
	public SchemaModel read(Connection connection, Collection<String> namedSchemas) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		DatabaseKind kind = DatabaseKind.fromProductName(metaData.getDatabaseProductName());
		if (!kind.hasCatalogReader()) {
			throw new IllegalArgumentException("Schema Bootstrap cannot read the live schema of "
					+ metaData.getDatabaseProductName() + ": it reads H2, PostgreSQL, MariaDB, MySQL and SQLite; ask "
					+ "canRead(connection) first");
		}
		String defaultSchema = defaultSchema(connection, kind);
		List<String> schemas = new ArrayList<>();
		schemas.add(defaultSchema.toLowerCase(Locale.ROOT));
		namedSchemas.stream().map((schema) -> schema.toLowerCase(Locale.ROOT)).forEach(schemas::add);
		List<String> read = List.copyOf(new LinkedHashSet<>(schemas));
		CatalogRows rows = CatalogQueries.of(kind).read(connection, read);
		SchemaModel model = withChecks(new Assembly(defaultSchema, rows).model(kind),
				CheckConstraintReader.read(connection, kind, read), defaultSchema);
		List<Sequence> sequences = SequenceReader.read(connection, kind, read)
			.stream()
			.map((row) -> new Sequence(new TableName(row[0].equalsIgnoreCase(defaultSchema) ? null : row[0], row[1]),
					0, 0))
			.toList();
		return new SchemaModel(model.dialect(), model.entities(), model.tables(), sequences);
	}

	/** Each table with the check constraints read for it, ordered by name; a check has no column here. */
	private static SchemaModel withChecks(SchemaModel model, List<CheckConstraintReader.CheckRow> rows,
			String defaultSchema) {
		if (rows.isEmpty()) {
			return model;
		}
		Map<TableName, List<CheckConstraint>> checks = new HashMap<>();
		for (CheckConstraintReader.CheckRow row : rows) {
			TableName table = new TableName(row.schema().equalsIgnoreCase(defaultSchema) ? null : row.schema(),
					row.table());
			checks.computeIfAbsent(table, (key) -> new ArrayList<>())
				.add(new CheckConstraint(row.name(), null, row.condition()));
		}
		List<Table> tables = model.tables()
			.stream()
			.map((table) -> table.withChecks(checks.getOrDefault(table.name(), List.of())))
			.toList();
		return new SchemaModel(model.dialect(), model.entities(), tables, model.sequences());
	}

	private static String defaultSchema(Connection connection, DatabaseKind kind) throws SQLException {
		String schema = switch (kind) {
			case MARIADB, MYSQL -> connection.getCatalog();
			case SQLITE -> "main";
			default -> connection.getSchema();
		};
		if (schema == null) {
			throw new SQLException("The connection has no current schema to read (" + kind.productName()
					+ "): name a database or schema in the JDBC URL");
		}
		return schema;
	}

	/**
	 * Whether a table is kept out of the live schema: Liquibase's own tables, Flyway's history (under its default
	 * name) and Hibernate's temporary tables.
	 */
	public static boolean isIgnoredTable(String table) {
		String name = table.toLowerCase(Locale.ROOT);
		return LIQUIBASE_TABLES.contains(name) || name.equals(FLYWAY_HISTORY_TABLE) || name.startsWith("hte_");
	}

	/**
	 * Whether a table is kept out of the live schema read for a model: those of {@link #isIgnoredTable(String)}, and,
	 * unless the model maps them, Spring Modulith's event publication tables (under their default names) and the
	 * tables the application's libraries create with their own schema scripts ({@link SchemaModel#libraryTables()}).
	 */
	public static boolean isIgnoredTable(String table, SchemaModel model) {
		if (isIgnoredTable(table)) {
			return true;
		}
		String name = table.toLowerCase(Locale.ROOT);
		return (MODULITH_TABLES.contains(name) || model.libraryTables().contains(name))
				&& model.tables().stream().noneMatch((mapped) -> mapped.name().name().equalsIgnoreCase(name));
	}

	private static final class Assembly {

		private final String defaultSchema;

		private final Map<String, String> normalizedTypes = new HashMap<>();

		private final CatalogRows rows;

		Assembly(String defaultSchema, CatalogRows rows) {
			this.defaultSchema = defaultSchema;
			this.rows = rows;
		}

		SchemaModel model(DatabaseKind kind) {
			Map<TableName, List<ColumnRow>> columns = group(rows.columns(), (row) -> name(row.schema(), row.table()));
			Map<TableName, List<KeyRow>> keys = group(rows.primaryKeys(), (row) -> name(row.schema(), row.table()));
			Map<TableName, List<ForeignKeyRow>> foreignKeys = group(rows.foreignKeys(),
					(row) -> name(row.schema(), row.table()));
			Map<TableName, List<IndexRow>> indexes = group(rows.indexes(), (row) -> name(row.schema(), row.table()));
			List<Table> tables = new ArrayList<>();
			columns.forEach((name, tableColumns) -> {
				if (!isIgnoredTable(name.name())) {
					tables.add(table(kind, name, tableColumns, keys.getOrDefault(name, List.of()),
							foreignKeys.getOrDefault(name, List.of()), indexes.getOrDefault(name, List.of())));
				}
			});
			Map<TableName, Table> byName = tables.stream()
				.collect(Collectors.toMap(Table::name, (table) -> table, (a, b) -> a, LinkedHashMap::new));
			List<Table> resolved = tables.stream().map((table) -> resolveImplicitReferences(table, byName)).toList();
			return new SchemaModel(kind.productName(), List.of(), resolved, List.of());
		}

		/** Each distinct spelling is parsed once: a schema has thousands of columns and a few dozen types. */
		private String normalized(String type, DatabaseKind kind) {
			return normalizedTypes.computeIfAbsent(type, (spelling) -> ColumnType.parse(spelling, kind).toString());
		}

		private TableName name(String schema, String table) {
			return new TableName(schema.equalsIgnoreCase(defaultSchema) ? null : schema, table);
		}

		private Table table(DatabaseKind kind, TableName name, List<ColumnRow> columnRows, List<KeyRow> keyRows,
				List<ForeignKeyRow> foreignKeyRows, List<IndexRow> indexRows) {
			List<Column> columns = columnRows.stream()
				.sorted(Comparator.comparingInt(ColumnRow::position))
				.map((row) -> new Column(row.column(), normalized(row.type(), kind), row.nullable()))
				.toList();
			PrimaryKey primaryKey = keyRows.isEmpty() ? null
					: new PrimaryKey(keyRows.get(0).name(), keyRows.stream()
						.sorted(Comparator.comparingInt(KeyRow::position))
						.map(KeyRow::column)
						.toList());
			List<ForeignKey> foreignKeys = new ArrayList<>();
			group(foreignKeyRows, ForeignKeyRow::name).forEach((keyName, parts) -> {
				List<ForeignKeyRow> ordered = parts.stream()
					.sorted(Comparator.comparingInt(ForeignKeyRow::position))
					.toList();
				ForeignKeyRow first = ordered.get(0);
				List<String> keyColumns = ordered.stream().map(ForeignKeyRow::column).toList();
				boolean optional = columns.stream()
					.anyMatch((column) -> column.nullable() && containsIgnoreCase(keyColumns, column.name()));
				foreignKeys.add(new ForeignKey(keyName, name, keyColumns,
						name(first.referencedSchema(), first.referencedTable()),
						ordered.stream().map((row) -> row.referencedColumn() == null ? "" : row.referencedColumn())
							.toList(),
						optional, first.deleteCascade()));
			});
			List<UniqueConstraint> uniques = new ArrayList<>();
			List<Index> indexes = new ArrayList<>();
			group(indexRows, IndexRow::name).forEach((indexName, parts) -> {
				List<String> indexColumns = parts.stream()
					.sorted(Comparator.comparingInt(IndexRow::position))
					.map(IndexRow::column)
					.toList();
				if (parts.get(0).unique()) {
					uniques.add(new UniqueConstraint(indexName, indexColumns));
				}
				else {
					indexes.add(new Index(indexName, indexColumns, false));
				}
			});
			return new Table(name, columns, primaryKey, foreignKeys, uniques, indexes, List.of());
		}

		/** A SQLite key that names only its table references that table's primary key. */
		private static Table resolveImplicitReferences(Table table, Map<TableName, Table> tables) {
			if (table.foreignKeys().stream().noneMatch((key) -> key.referencedColumns().contains(""))) {
				return table;
			}
			List<ForeignKey> foreignKeys = table.foreignKeys().stream().map((key) -> {
				Table target = find(tables, key.referencedTable());
				if (!key.referencedColumns().contains("") || target == null || target.primaryKey() == null) {
					return key;
				}
				return new ForeignKey(key.name(), key.table(), key.columns(), target.name(),
						target.primaryKey().columns(), key.optional(), key.deleteCascade());
			}).toList();
			return new Table(table.name(), table.columns(), table.primaryKey(), foreignKeys,
					table.uniqueConstraints(), table.indexes(), table.initStatements());
		}

		private static @Nullable Table find(Map<TableName, Table> tables, TableName name) {
			return tables.values()
				.stream()
				.filter((table) -> table.name().name().equalsIgnoreCase(name.name()))
				.findFirst()
				.orElse(null);
		}

		private static boolean containsIgnoreCase(List<String> names, String name) {
			return names.stream().anyMatch(name::equalsIgnoreCase);
		}

		private static <K, T> Map<K, List<T>> group(List<T> rows, java.util.function.Function<T, K> key) {
			return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
		}

	}

}
