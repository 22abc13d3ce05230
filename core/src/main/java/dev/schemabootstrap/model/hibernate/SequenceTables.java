package dev.schemabootstrap.model.hibernate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.dialect.Dialect;
import org.hibernate.generator.Generator;
import org.hibernate.id.enhanced.DatabaseStructure;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.mapping.GeneratorSettings;
import org.hibernate.mapping.KeyValue;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.Table;
import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.model.TableName;

/**
 * Which entities take their ids from a table that stands in for a sequence. Hibernate's sequence generator falls
 * back to a one-row table where the dialect has no sequences (SQLite, MySQL); the boot metadata keeps that table
 * but not which generator made it, so the generator of each hierarchy is created once more, as the
 * SessionFactory creates it, and asked for its structure. Creating a generator registers nothing and opens no
 * connection.
 */
final class SequenceTables {

	private final Dialect dialect;

	private final GeneratorSettings settings;

	private final Map<String, TableName> tablesByName = new HashMap<>();

	/** By root class name: every entity of a hierarchy shares its root's generator. */
	private final Map<String, Optional<TableName>> byRoot = new HashMap<>();

	SequenceTables(Metadata metadata, Namespaces namespaces) {
		this.dialect = metadata.getDatabase().getDialect();
		SqlStringGenerationContext sqlContext = SqlStringGenerationContextImpl
			.forTests(metadata.getDatabase().getJdbcEnvironment());
		this.settings = new GeneratorSettings() {

			@Override
			public @Nullable String getDefaultCatalog() {
				return null;
			}

			@Override
			public @Nullable String getDefaultSchema() {
				return null;
			}

			@Override
			public SqlStringGenerationContext getSqlStringGenerationContext() {
				return sqlContext;
			}

		};
		for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
			for (Table table : namespace.getTables()) {
				tablesByName.putIfAbsent(table.getName(), namespaces.nameOf(table));
			}
		}
	}

	/** The table emulating the sequence the hierarchy's ids come from, or {@code null}. */
	@Nullable TableName of(RootClass root) {
		return byRoot.computeIfAbsent(EntityClassNames.of(root), (name) -> Optional.ofNullable(created(root))).orElse(null);
	}

	private @Nullable TableName created(RootClass root) {
		KeyValue identifier = root.getIdentifier();
		if (identifier == null) {
			return null;
		}
		Generator generator;
		try {
			generator = identifier.createGenerator(dialect, root, root.getIdentifierProperty(), settings);
		}
		catch (RuntimeException ex) {
			// A custom generator that cannot be created offline: Hibernate reports it when the application starts.
			return null;
		}
		if (generator instanceof SequenceStyleGenerator sequenceStyle) {
			DatabaseStructure structure = sequenceStyle.getDatabaseStructure();
			if (structure != null && !structure.isPhysicalSequence()) {
				String name = structure.getPhysicalName().getObjectName().getText();
				return tablesByName.getOrDefault(name, new TableName(null, name));
			}
		}
		return null;
	}

}
