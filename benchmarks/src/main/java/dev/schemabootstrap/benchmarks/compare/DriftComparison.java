package dev.schemabootstrap.benchmarks.compare;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.benchmarks.Stages;
import dev.schemabootstrap.benchmarks.model.GeneratedModel;
import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.plan.CreationPlanner;

/**
 * The drift check on PostgreSQL: core's {@link DriftDetector} (with {@code LiveSchemaReader}) against Hibernate's
 * schema validator ({@code hibernate.hbm2ddl.auto=validate}, grouped metadata extraction) on the same database,
 * created from the generated changelog, in one JVM, shots in turns. Then a few differences are injected and each
 * tool's report is kept.
 */
public final class DriftComparison {

	private DriftComparison() {
	}

	/**
	 * @param injected the differences made to the database, one line each
	 * @param oursFound how many of the injected differences have a finding with their subject
	 * @param validatorMessage what the validator said on the changed database (it stops at the first problem)
	 */
	public record Result(int entities, int tables, double oursMillis, double validatorMillis, int oursFindingsClean,
			List<String> injected, int oursFindings, int oursFound, String validatorMessage, int shots) {

		public double ratio() {
			return oursMillis / validatorMillis;
		}

	}

	public static Result run(int size, int shots) throws Exception {
		GeneratedModel model = GeneratedModel.of(size);
		ClassLoader classLoader = model.newClassLoader();
		Map<String, Object> settings = new HashMap<>(Stages.HIBERNATE_SETTINGS);
		settings.put("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");
		SchemaModel schema = SchemaAnalyzer.model(model.persistenceUnit(), settings, classLoader).schema();
		String changelog = new ChangelogWriter(Stages.CHANGELOG, DatabaseKind.POSTGRESQL)
			.write(new CreationPlanner().plan(schema), ChangelogFormat.YAML);
		Path directory = Stages.writeChangelog(changelog);
		try (PostgresScratch database = PostgresScratch.create()) {
			Stages.apply(directory, database.connect());
			settings.put("hibernate.connection.url", database.url());
			settings.put("hibernate.hbm2ddl.jdbc_metadata_extraction_strategy", "grouped");
			settings.put("hibernate.hbm2ddl.auto", "validate");
			StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
					new BootstrapServiceRegistryBuilder().applyClassLoader(classLoader).build())
				.applySettings(settings)
				.build();
			try (Connection connection = database.connect()) {
				MetadataSources sources = new MetadataSources(registry);
				model.persistenceUnit().managedClassNames().forEach(sources::addAnnotatedClassName);
				Metadata metadata = sources.buildMetadata();
				Shots ours = new Shots();
				Shots validator = new Shots();
				Findings clean = null;
				for (int shot = Shots.firstRound(shots); shot <= shots; shot++) {
					Shots oursTimer = shot == 0 ? new Shots() : ours;
					Shots validatorTimer = shot == 0 ? new Shots() : validator;
					clean = oursTimer.time(() -> new DriftDetector().detect(schema, connection));
					validatorTimer.time(() -> validate(metadata, registry));
				}
				List<Injected> injected = inject(schema, connection);
				Findings drifted = new DriftDetector().detect(schema, connection);
				String message;
				try {
					validate(metadata, registry);
					message = "(nothing)";
				}
				catch (SchemaManagementException ex) {
					message = ex.getMessage();
				}
				Set<String> subjects = drifted.stream().map(Finding::subject).collect(Collectors.toSet());
				int found = (int) injected.stream().filter((difference) -> subjects.contains(difference.subject())).count();
				return new Result(size, schema.tables().size(), ours.median(), validator.median(), clean.size(),
						injected.stream().map(Injected::sql).toList(), drifted.size(), found, message, shots);
			}
			finally {
				StandardServiceRegistryBuilder.destroy(registry);
			}
		}
	}

	private static String validate(Metadata metadata, StandardServiceRegistry registry) {
		SchemaManagementToolCoordinator.process(metadata, registry,
				registry.requireService(ConfigurationService.class).getSettings(), (action) -> {
				});
		return "valid";
	}

	/** A difference made to the database, and the subject a drift finding about it has. */
	private record Injected(String sql, String subject) {

	}

	/**
	 * Five differences in five tables spread over the model: a dropped column, a shorter varchar, a dropped
	 * NOT NULL, a dropped foreign key, a dropped table that nothing references.
	 */
	private static List<Injected> inject(SchemaModel schema, Connection connection) throws SQLException {
		List<Table> tables = schema.tables();
		Set<String> referenced = tables.stream()
			.flatMap((table) -> table.foreignKeys().stream())
			.map((foreignKey) -> foreignKey.referencedTable().toString())
			.collect(Collectors.toSet());
		List<Injected> injected = new ArrayList<>();
		int step = Math.max(1, tables.size() / 6);
		Table dropColumn = tables.get(step);
		Column plain = plainColumn(dropColumn);
		injected.add(new Injected("ALTER TABLE " + dropColumn.name() + " DROP COLUMN " + plain.name(),
				dropColumn.name() + "." + plain.name()));
		Table retype = tables.get(2 * step);
		Column text = retype.columns().stream().filter((column) -> column.sqlType().startsWith("varchar")).findFirst()
			.orElseThrow();
		injected.add(new Injected("ALTER TABLE " + retype.name() + " ALTER COLUMN " + text.name() + " TYPE varchar(7)",
				retype.name() + "." + text.name()));
		Table nullable = tables.get(3 * step);
		Column required = nullable.columns().stream()
			.filter((column) -> !column.nullable() && !nullable.primaryKey().columns().contains(column.name()))
			.findFirst()
			.orElseThrow();
		injected.add(new Injected("ALTER TABLE " + nullable.name() + " ALTER COLUMN " + required.name()
				+ " DROP NOT NULL", nullable.name() + "." + required.name()));
		Table keyed = tables.subList(4 * step, tables.size()).stream()
			.filter((table) -> table.foreignKeys().stream().anyMatch((key) -> key.columns().size() == 1))
			.findFirst()
			.orElseThrow();
		ForeignKey key = keyed.foreignKeys().stream().filter((foreignKey) -> foreignKey.columns().size() == 1)
			.findFirst().orElseThrow();
		injected.add(new Injected("ALTER TABLE " + keyed.name() + " DROP CONSTRAINT \"" + constraintName(connection, key) + "\"",
				keyed.name() + "." + key.columns().get(0)));
		Table leaf = tables.subList(5 * step, tables.size()).stream()
			.filter((table) -> !referenced.contains(table.name().toString()))
			.findFirst()
			.orElseThrow();
		injected.add(new Injected("DROP TABLE " + leaf.name(), leaf.name().toString()));
		try (Statement statement = connection.createStatement()) {
			for (Injected difference : injected) {
				statement.execute(difference.sql());
			}
		}
		return injected;
	}

	/** The foreign key's name as the database spells it (Liquibase may have kept its case). */
	private static String constraintName(Connection connection, ForeignKey key) throws SQLException {
		try (var statement = connection.prepareStatement("SELECT conname FROM pg_constraint WHERE contype = 'f' "
				+ "AND conrelid = CAST(? AS regclass) AND lower(conname) = lower(?)")) {
			statement.setString(1, key.table().toString());
			statement.setString(2, key.name());
			try (var rows = statement.executeQuery()) {
				if (!rows.next()) {
					throw new IllegalStateException("No foreign key " + key.name() + " on " + key.table());
				}
				return rows.getString(1);
			}
		}
	}

	/** A column of no key, index or constraint, safe to drop. */
	private static Column plainColumn(Table table) {
		Set<String> used = new java.util.HashSet<>();
		if (table.primaryKey() != null) {
			used.addAll(table.primaryKey().columns());
		}
		table.foreignKeys().forEach((key) -> used.addAll(key.columns()));
		table.indexes().forEach((index) -> used.addAll(index.columns()));
		table.uniqueConstraints().forEach((unique) -> used.addAll(unique.columns()));
		return table.columns().stream().filter((column) -> !used.contains(column.name())).findFirst().orElseThrow();
	}

}
