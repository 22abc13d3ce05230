package dev.schemabootstrap.benchmarks.compare;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.HashSet;
import java.util.Set;

import liquibase.CatalogAndSchema;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.diff.DiffGeneratorFactory;
import liquibase.diff.DiffResult;
import liquibase.diff.compare.CompareControl;
import liquibase.diff.output.DiffOutputControl;
import liquibase.diff.output.changelog.DiffToChangeLog;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.serializer.core.yaml.YamlChangeLogSerializer;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Column;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Index;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.Sequence;
import liquibase.structure.core.Table;
import liquibase.structure.core.UniqueConstraint;

import dev.schemabootstrap.benchmarks.model.GeneratedModel;

/**
 * liquibase-hibernate7's {@code diffChangeLog}, called through Liquibase's API as its Maven goal and CLI command
 * do: the reference is the Hibernate model ({@code hibernate:classic:} URL), the target a live database; the
 * result is the changelog that brings the database to the model, as YAML.
 */
final class LiquibaseHibernateDiff {

	private static final Set<Class<? extends DatabaseObject>> TYPES = Set.of(Table.class, Column.class,
			PrimaryKey.class, ForeignKey.class, Index.class, UniqueConstraint.class, Sequence.class);

	private final String referenceUrl;

	private final ClassLoader classLoader;

	/** @param key a name for the model, unique in this JVM */
	LiquibaseHibernateDiff(String key, GeneratedModel model, ClassLoader classLoader) {
		this.referenceUrl = GeneratedModelMetadataFactory.referenceUrl(key, model, classLoader);
		this.classLoader = classLoader;
	}

	/** The changelog that brings the target database to the model (the target's connection stays open). */
	String diffChangeLog(Connection target) throws Exception {
		Database reference = DatabaseFactory.getInstance()
			.openDatabase(referenceUrl, null, null, null, new ClassLoaderResourceAccessor(classLoader));
		Database live = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(target));
		// The extension puts every Hibernate table into whichever schema it is asked to snapshot (it ignores
		// @Table(schema)), so the documented use compares the default schemas and leaves schema names out.
		CompareControl.SchemaComparison[] comparisons = { new CompareControl.SchemaComparison(CatalogAndSchema.DEFAULT,
				CatalogAndSchema.DEFAULT) };
		// Liquibase narrows the set of types in place.
		CompareControl compareControl = new CompareControl(comparisons, new HashSet<>(TYPES));
		DiffResult diff = DiffGeneratorFactory.getInstance().compare(reference, live, compareControl);
		DiffOutputControl output = new DiffOutputControl(false, false, false, comparisons);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
			new DiffToChangeLog(diff, output).print(print, new YamlChangeLogSerializer());
		}
		reference.close();
		return out.toString(StandardCharsets.UTF_8);
	}

}
