package dev.schemabootstrap.model.hibernate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Backref;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.OneToOne;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.Value;
import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.model.Association;
import dev.schemabootstrap.model.BootProblem;
import dev.schemabootstrap.model.ColumnMapping;
import dev.schemabootstrap.model.ColumnRef;
import dev.schemabootstrap.model.MappedEntity;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.TableName;

/**
 * Reads Hibernate's entity bindings into a {@link MappingModel}: which attribute maps which column, whether it
 * writes it, and the associations with their owning sides.
 */
final class MappingModelReader {

	private final Metadata metadata;

	private final Namespaces namespaces;

	private final List<MappedEntity> entities = new ArrayList<>();

	private final List<ColumnMapping> columns = new ArrayList<>();

	private final List<Association> associations = new ArrayList<>();

	private final Set<TableName> quotedTables = new HashSet<>();

	private final Set<ColumnRef> quotedColumns = new HashSet<>();

	private final Set<String> keywords = new HashSet<>();

	MappingModelReader(Metadata metadata) {
		this.metadata = metadata;
		this.namespaces = new Namespaces(metadata);
	}

	MappingModel read(List<BootProblem> problems, Set<String> excludedClassNames) {
		SequenceTables sequenceTables = new SequenceTables(metadata, namespaces);
		for (PersistentClass entity : metadata.getEntityBindings()) {
			TableName table = name(entity.getTable());
			entities.add(new MappedEntity(entity.getJpaEntityName(), EntityClassNames.of(entity),
					EntityClassNames.of(entity.getRootClass()), table, entity.isMutable(),
					sequenceTables.of(entity.getRootClass())));
			List<Property> properties = new ArrayList<>();
			if (entity.getIdentifierProperty() != null) {
				properties.add(entity.getIdentifierProperty());
			}
			properties.addAll(entity.getPropertyClosure());
			for (Property property : properties) {
				if (property instanceof Backref backref) {
					backref(entity, backref);
					continue;
				}
				PersistentClass declaring = property.getPersistentClass() != null ? property.getPersistentClass()
						: entity;
				visit(entity, declaring.getJpaEntityName(), property, property.getName(), true, true);
			}
		}
		quotedNames();
		return new MappingModel(entities, columns, associations, quotedTables, quotedColumns, keywords, problems,
				List.copyOf(excludedClassNames));
	}

	/**
	 * Names Hibernate quotes: set so one by one, or all of them with {@code globally_quoted_identifiers}; and the
	 * names it would quote with {@code auto_quote_keyword}: the dialect's keywords (to which a connection's
	 * {@code DatabaseMetaData.getSQLKeywords()} adds more at run time).
	 */
	private void quotedNames() {
		Set<String> dialectKeywords = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		dialectKeywords.addAll(metadata.getDatabase().getDialect().getKeywords());
		for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
			for (org.hibernate.mapping.Table table : namespace.getTables()) {
				TableName name = name(table);
				if (table.isQuoted()) {
					quotedTables.add(name);
				}
				keyword(dialectKeywords, table.getName());
				for (org.hibernate.mapping.Column column : table.getColumns()) {
					if (column.isQuoted()) {
						quotedColumns.add(new ColumnRef(name, column.getName()));
					}
					keyword(dialectKeywords, column.getName());
				}
			}
		}
	}

	/**
	 * The hidden property through which Hibernate writes the NOT NULL key of a unidirectional {@code @OneToMany}
	 * with the child's insert: the column is written by the parent's collection, so it is named after it.
	 */
	private void backref(PersistentClass entity, Backref backref) {
		PersistentClass owner = metadata.getEntityBinding(backref.getEntityName());
		String ownerName = owner != null ? owner.getJpaEntityName() : backref.getEntityName();
		String role = backref.getCollectionRole();
		String attribute = role.startsWith(backref.getEntityName() + ".")
				? role.substring(backref.getEntityName().length() + 1) : role;
		for (Selectable selectable : backref.getValue().getSelectables()) {
			if (selectable instanceof org.hibernate.mapping.Column column) {
				columns.add(new ColumnMapping(entity.getJpaEntityName(), ownerName, attribute,
						new ColumnRef(name(backref.getValue().getTable()), column.getName()), backref.isInsertable(),
						backref.isUpdatable()));
			}
		}
	}

	private void keyword(Set<String> dialectKeywords, String name) {
		if (dialectKeywords.contains(name)) {
			keywords.add(name.toLowerCase(Locale.ROOT));
		}
	}

	private void visit(PersistentClass entity, String declaring, Property property, String path,
			boolean insertable, boolean updatable) {
		Value value = property.getValue();
		boolean propertyInsertable = insertable && property.isInsertable();
		boolean propertyUpdatable = updatable && property.isUpdatable();
		if (value instanceof Component component) {
			for (Property part : component.getProperties()) {
				visit(entity, declaring, part, path + "." + part.getName(), propertyInsertable, propertyUpdatable);
			}
			return;
		}
		if (value instanceof Collection collection) {
			collection(entity, declaring, path, collection);
			return;
		}
		List<ColumnRef> written = new ArrayList<>();
		List<Selectable> selectables = value.getSelectables();
		for (int i = 0; i < selectables.size(); i++) {
			if (selectables.get(i) instanceof org.hibernate.mapping.Column column) {
				ColumnRef ref = new ColumnRef(name(value.getTable()), column.getName());
				boolean columnInsertable = propertyInsertable && flag(value.getColumnInsertability(), i);
				boolean columnUpdatable = propertyUpdatable && flag(value.getColumnUpdateability(), i);
				columns.add(new ColumnMapping(entity.getJpaEntityName(), declaring, path, ref, columnInsertable,
						columnUpdatable));
				if (columnInsertable || columnUpdatable) {
					written.add(ref);
				}
			}
		}
		if (value instanceof ToOne toOne && entity.getJpaEntityName().equals(declaring)) {
			toOne(entity, path, toOne, written);
		}
	}

	private void toOne(PersistentClass entity, String path, ToOne toOne, List<ColumnRef> written) {
		boolean oneToOne = toOne instanceof OneToOne
				|| (toOne instanceof ManyToOne manyToOne && manyToOne.isLogicalOneToOne());
		Association.Kind kind = AssociationAnnotations.kind(entity.getMappedClass(), path)
			.orElse(oneToOne ? Association.Kind.ONE_TO_ONE : Association.Kind.MANY_TO_ONE);
		String mappedBy = (toOne instanceof OneToOne inverse) ? inverse.getMappedByProperty() : null;
		if (mappedBy == null) {
			mappedBy = AssociationAnnotations.mappedBy(entity.getMappedClass(), path).orElse(null);
		}
		associations.add(new Association(entity.getJpaEntityName(), EntityClassNames.of(entity), path, kind,
				className(toOne.getReferencedEntityName()), mappedBy, null, mappedBy == null ? written : List.of()));
	}

	private void collection(PersistentClass entity, String declaring, String path, Collection collection) {
		Value element = collection.getElement();
		String target = null;
		if (element instanceof OneToMany oneToMany) {
			target = oneToMany.getReferencedEntityName();
		}
		else if (element instanceof ManyToOne manyToOne) {
			target = manyToOne.getReferencedEntityName();
		}
		if (target == null || !entity.getJpaEntityName().equals(declaring)) {
			return;
		}
		Association.Kind kind = AssociationAnnotations.kind(entity.getMappedClass(), path)
			.orElse(collection.isOneToMany() ? Association.Kind.ONE_TO_MANY : Association.Kind.MANY_TO_MANY);
		String mappedBy = collection.isInverse()
				? AssociationAnnotations.mappedBy(entity.getMappedClass(), path)
					.orElse(String.valueOf(collection.getMappedByProperty()))
				: null;
		TableName joinTable = collection.isOneToMany() ? null : name(collection.getCollectionTable());
		List<ColumnRef> written = new ArrayList<>();
		// @OneToMany @JoinColumn(insertable = false, updatable = false): Hibernate never writes the key
		boolean keyWritten = joinTable != null || collection.getKey().isUpdateable();
		if (mappedBy == null && keyWritten) {
			TableName keyTable = name(collection.getCollectionTable());
			for (Selectable selectable : collection.getKey().getSelectables()) {
				if (selectable instanceof org.hibernate.mapping.Column column) {
					written.add(new ColumnRef(keyTable, column.getName()));
				}
			}
		}
		associations.add(new Association(entity.getJpaEntityName(), EntityClassNames.of(entity), path, kind,
				className(target), mappedBy, joinTable, written));
	}

	private TableName name(org.hibernate.mapping.Table table) {
		return namespaces.nameOf(table);
	}

	private String className(String entityName) {
		PersistentClass binding = metadata.getEntityBinding(entityName);
		return binding != null ? EntityClassNames.of(binding) : entityName;
	}

	private static boolean flag(boolean @Nullable [] flags, int index) {
		return flags == null || index >= flags.length || flags[index];
	}

}
