package dev.schemabootstrap.model.hibernate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.InitCommand;
import org.hibernate.boot.model.relational.NamedAuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.UniqueKey;
import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.model.CheckConstraint;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.ConstraintNames;
import dev.schemabootstrap.model.EntityMapping;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Index;
import dev.schemabootstrap.model.NamedType;
import dev.schemabootstrap.model.PrimaryKey;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Sequence;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.model.UniqueConstraint;

/**
 * Reads Hibernate's relational boot model ({@code metadata.getDatabase()}) into a {@link SchemaModel}.
 */
final class MetadataModelReader {

	private static final java.util.regex.Pattern CREATE_ENUM_TYPE = java.util.regex.Pattern
		.compile("(?i)^\\s*create\\s+type\\s+\\S+\\s+as\\s+enum\\b");

	private final Metadata metadata;

	private final SqlStringGenerationContext sqlContext;

	private final Namespaces namespaces;

	private final DeclarationOrder declarationOrder;

	MetadataModelReader(Metadata metadata) {
		this.metadata = metadata;
		this.sqlContext = SqlStringGenerationContextImpl.forTests(metadata.getDatabase().getJdbcEnvironment());
		this.namespaces = new Namespaces(metadata);
		this.declarationOrder = new DeclarationOrder(metadata);
	}

	SchemaModel read() {
		List<Table> tables = new ArrayList<>();
		List<Sequence> sequences = new ArrayList<>();
		for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
			String schema = namespaces.schemaOf(namespace);
			for (org.hibernate.mapping.Table table : namespace.getTables()) {
				if (table.isPhysicalTable() && !table.isView()) {
					tables.add(table(schema, table));
				}
			}
			for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
				sequences.add(new Sequence(new TableName(schema, sequence.getName().getSequenceName().getText()),
						sequence.getInitialValue(), sequence.getIncrementSize()));
			}
		}
		String dialect = metadata.getDatabase().getDialect().getClass().getName();
		namespaces.reportIgnoredSchemas(dialect);
		return new SchemaModel(dialect, entities(), tables, sequences).withTypes(namedTypes());
	}

	/**
	 * The enum types Hibernate's own DDL creates before the tables (PostgreSQL's, for
	 * {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}): the dialect's {@link NamedAuxiliaryDatabaseObject}s whose first
	 * statement creates a type as an enum. Other auxiliary objects are the application's own and are left to it.
	 */
	private List<NamedType> namedTypes() {
		List<NamedType> types = new ArrayList<>();
		org.hibernate.dialect.Dialect dialect = metadata.getDatabase().getDialect();
		for (AuxiliaryDatabaseObject object : metadata.getDatabase().getAuxiliaryDatabaseObjects()) {
			if (object instanceof NamedAuxiliaryDatabaseObject named && named.appliesToDialect(dialect)) {
				List<String> create = List.of(named.sqlCreateStrings(sqlContext));
				// The type, then the casts from and to varchar that PostgreSQL's dialect adds.
				if (!create.isEmpty() && CREATE_ENUM_TYPE.matcher(create.get(0)).find()) {
					types.add(new NamedType(named.getExportIdentifier(), create));
				}
			}
		}
		return types;
	}

	private List<EntityMapping> entities() {
		List<EntityMapping> entities = new ArrayList<>();
		for (PersistentClass entity : metadata.getEntityBindings()) {
			org.hibernate.mapping.Table table = entity.getTable();
			entities.add(new EntityMapping(entity.getJpaEntityName(), EntityClassNames.of(entity), name(table)));
		}
		return entities;
	}

	private Table table(String schema, org.hibernate.mapping.Table table) {
		TableName name = new TableName(schema, table.getName());
		Set<String> primaryKeyColumns = new LinkedHashSet<>();
		PrimaryKey primaryKey = null;
		if (table.hasPrimaryKey()) {
			table.getPrimaryKey().getColumns().forEach((column) -> primaryKeyColumns.add(column.getName()));
			// Hibernate's own primary key names are truncated table names that it never emits in DDL.
			primaryKey = new PrimaryKey(ConstraintNames.primaryKey(name), List.copyOf(primaryKeyColumns));
		}
		List<Column> columns = new ArrayList<>();
		List<UniqueConstraint> uniques = new ArrayList<>();
		Map<String, org.hibernate.mapping.Column> byName = new HashMap<>();
		table.getColumns().forEach((column) -> byName.put(column.getName(), column));
		for (String columnName : declarationOrder.columns(table, List.copyOf(primaryKeyColumns))) {
			org.hibernate.mapping.Column column = byName.get(columnName);
			if (column == null) {
				continue;
			}
			boolean inPrimaryKey = primaryKeyColumns.contains(column.getName());
			columns.add(new Column(column.getName(), column.getSqlType(metadata), column.isNullable() && !inPrimaryKey,
					column.isIdentity(), column.getDefaultValue()));
			if (column.isUnique() && !inPrimaryKey) {
				uniques.add(new UniqueConstraint(ConstraintNames.unique(name, List.of(column.getName())),
						List.of(column.getName())));
			}
		}
		for (UniqueKey uniqueKey : table.getUniqueKeys().values()) {
			List<String> keyColumns = columnNames(uniqueKey.getColumns());
			if (!keyColumns.equals(List.copyOf(primaryKeyColumns)) && !table.isRedundantUniqueKey(uniqueKey)
					&& uniques.stream().noneMatch((unique) -> unique.columns().equals(keyColumns))) {
				String ukName = uniqueKey.getName();
				uniques.add(new UniqueConstraint(ukName != null ? ukName : ConstraintNames.unique(name, keyColumns),
						keyColumns));
			}
		}
		List<Index> indexes = new ArrayList<>();
		for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
			indexes.add(new Index(index.getName(), columnNames(index.getColumns()), index.isUnique()));
		}
		List<ForeignKey> foreignKeys = new ArrayList<>();
		for (org.hibernate.mapping.ForeignKey foreignKey : table.getForeignKeyCollection()) {
			if (foreignKey.isCreationEnabled() && foreignKey.isPhysicalConstraint()) {
				foreignKeys.add(foreignKey(name, foreignKey));
			}
		}
		List<String> init = new ArrayList<>();
		for (InitCommand command : table.getInitCommands(sqlContext)) {
			init.addAll(List.of(command.initCommands()));
		}
		return new Table(name, columns, primaryKey, sorted(foreignKeys), uniques, indexes, init, checks(name, table));
	}

	/**
	 * The checks Hibernate's own DDL gives the table: per column (the enum, ordinal and discriminator checks Hibernate
	 * adds at boot where the dialect has no native enum type, and {@code @Check} on an attribute), then per table
	 * ({@code @Check} on the class).
	 */
	private static List<CheckConstraint> checks(TableName name, org.hibernate.mapping.Table table) {
		List<CheckConstraint> checks = new ArrayList<>();
		for (org.hibernate.mapping.Column column : table.getColumns()) {
			for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
				checks.add(check(name, column.getName(), check));
			}
		}
		for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
			checks.add(check(name, null, check));
		}
		return checks;
	}

	private static CheckConstraint check(TableName table, @Nullable String column,
			org.hibernate.mapping.CheckConstraint check) {
		String name = check.isNamed() ? check.getName()
				: ConstraintNames.check(table, column, check.getConstraint());
		return new CheckConstraint(name, column, check.getConstraint());
	}

	private ForeignKey foreignKey(TableName table, org.hibernate.mapping.ForeignKey foreignKey) {
		org.hibernate.mapping.Table target = foreignKey.getReferencedTable();
		// A key that targets the primary key carries no referenced columns of its own.
		List<org.hibernate.mapping.Column> referenced = foreignKey.isReferenceToPrimaryKey()
				? target.getPrimaryKey().getColumns() : foreignKey.getReferencedColumns();
		boolean optional = foreignKey.getColumns().stream().anyMatch(org.hibernate.mapping.Column::isNullable);
		return new ForeignKey(foreignKey.getName(), table, columnNames(foreignKey.getColumns()), name(target),
				columnNames(referenced), optional, foreignKey.getOnDeleteAction() == OnDeleteAction.CASCADE);
	}

	private TableName name(org.hibernate.mapping.Table table) {
		return namespaces.nameOf(table);
	}

	private static List<ForeignKey> sorted(List<ForeignKey> foreignKeys) {
		return foreignKeys.stream().sorted(java.util.Comparator.comparing(ForeignKey::name)).toList();
	}

	private static List<String> columnNames(List<org.hibernate.mapping.Column> columns) {
		return columns.stream().map(org.hibernate.mapping.Column::getName).toList();
	}

}
