package dev.schemabootstrap.model.hibernate;

import java.lang.System.Logger.Level;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.engine.jdbc.env.spi.NameQualifierSupport;
import org.hibernate.mapping.Table;
import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.model.TableName;

/**
 * The schema a namespace's objects live in, as the running application will address them. Hibernate qualifies
 * names only as far as the dialect allows: the MySQL and MariaDB dialects qualify by catalog alone (a schema is a
 * database there), so {@code @Table(schema = "inventory")} is dropped at run time and the table is read from the
 * connection's database, while {@code @Table(catalog = "inventory")} addresses database {@code inventory}. The
 * model follows the same rule, so the changelog creates each table where Hibernate will look for it.
 */
final class Namespaces {

	private static final System.Logger logger = System.getLogger(Namespaces.class.getName());

	private final NameQualifierSupport qualifiers;

	private final Set<String> ignoredSchemas = new TreeSet<>();

	private final Map<Table, TableName> tableNames = new IdentityHashMap<>();

	Namespaces(Metadata metadata) {
		NameQualifierSupport support = metadata.getDatabase().getJdbcEnvironment().getNameQualifierSupport();
		this.qualifiers = support != null ? support : NameQualifierSupport.BOTH;
		for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
			String schema = schemaOf(namespace);
			namespace.getTables().forEach((table) -> tableNames.put(table, new TableName(schema, table.getName())));
		}
	}

	/**
	 * The name of a table of the metadata, with its effective schema. An index, because readers ask for every
	 * entity and foreign key and {@code Namespace.getTables()} is a collection to scan.
	 */
	TableName nameOf(Table table) {
		TableName name = tableNames.get(table);
		return name != null ? name : new TableName(table.getSchema(), table.getName());
	}

	@Nullable String schemaOf(Namespace namespace) {
		Namespace.Name name = namespace.getPhysicalName();
		if (qualifiers.supportsSchemas()) {
			return text(name.schema());
		}
		if (name.schema() != null && name.catalog() == null) {
			ignoredSchemas.add(name.schema().getText());
		}
		return qualifiers.supportsCatalogs() ? text(name.catalog()) : null;
	}

	/** Says once which schemas the dialect ignores: the user may have meant a separate database. */
	void reportIgnoredSchemas(String dialect) {
		if (!ignoredSchemas.isEmpty()) {
			logger.log(Level.WARNING, "The dialect " + dialect + " qualifies table names by catalog only, so the schema(s) "
					+ ignoredSchemas + " of @Table(schema = ...) are ignored, as Hibernate ignores them at run time: those"
					+ " tables are created in the connection's database. To keep them in a database of their own, use"
					+ " @Table(catalog = ...) instead.");
		}
	}

	private static @Nullable String text(@Nullable Identifier identifier) {
		return identifier == null ? null : identifier.getText();
	}

}
