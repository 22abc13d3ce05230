package dev.schemabootstrap.randomized;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.schemabootstrap.changelog.ChangeSetGrouping;
import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.ModelBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Randomized models, one per seed (a failing seed is a test case of its own: add it to {@link #seeds()} as a
 * regular case): 1 to 60 tables, keys to earlier and later tables (cycles), self-references, optional and
 * required keys, several schemas, unique constraints and indexes, names near 60 characters. For each, the changelog
 * is byte-identical when generated twice and from shuffled input, applies with real Liquibase on H2 and on SQLite,
 * and the live schema then equals the model; odd seeds cut it into one changeset per stage.
 */
class RandomModelTests {

	@TempDir
	Path directory;

	static LongStream seeds() {
		return LongStream.range(0, 40);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void theChangelogIsDeterministicAndCreatesExactlyTheModelOnH2(long seed) throws Exception {
		ModelBuilder builder = randomModel(new Random(seed), true, "");
		SchemaModel model = builder.build();
		String changelog = write(model, DatabaseKind.H2, seed);
		assertThat(write(builder.buildShuffled(new Random(seed + 1)), DatabaseKind.H2, seed)).isEqualTo(changelog);
		String url = "jdbc:h2:mem:random-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		LiquibaseRunner.update(DriverManager.getConnection(url), changelog, "random.yaml");
		try (Connection connection = DriverManager.getConnection(url)) {
			assertThat(new DriftDetector().detect(model, connection).asList()).as("seed %d", seed).isEmpty();
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void theChangelogCreatesExactlyTheModelOnSqlite(long seed) throws Exception {
		SchemaModel h2 = randomModel(new Random(seed), false, "").build();
		SchemaModel model = new SchemaModel("org.hibernate.community.dialect.SQLiteDialect", h2.entities(), h2.tables(),
				h2.sequences());
		Path file = directory.resolve("random-" + seed + ".db");
		String url = "jdbc:sqlite:" + file + "?foreign_keys=on";
		LiquibaseRunner.update(DriverManager.getConnection(url), write(model, DatabaseKind.SQLITE, seed), "random.yaml");
		try (Connection connection = DriverManager.getConnection(url)) {
			assertThat(new DriftDetector().detect(model, connection).asList()).as("seed %d", seed).isEmpty();
		}
		Files.deleteIfExists(file);
	}

	private static String write(SchemaModel model, DatabaseKind database, long seed) {
		return new ChangelogWriter("random", database).grouped(grouping(seed))
			.write(new CreationPlanner().plan(model), ChangelogFormat.YAML);
	}

	/** Odd seeds cut the changelog into one changeset per stage, as for an in-memory database. */
	static ChangeSetGrouping grouping(long seed) {
		return seed % 2 == 0 ? ChangeSetGrouping.PER_OBJECT : ChangeSetGrouping.PER_STAGE;
	}

	/**
	 * A model of 1 to 60 tables; {@code schemas} spreads them over three schemas (not on SQLite); every table name
	 * starts with {@code prefix}, so that several models can share one database.
	 */
	static ModelBuilder randomModel(Random random, boolean schemas, String prefix) {
		int size = 1 + random.nextInt(60);
		List<String> names = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			String schema = schemas ? List.of("", "alpha.", "beta.").get(random.nextInt(3)) : "";
			// Every fifth name is long, near the limits the generated constraint names must respect.
			String base = i % 5 == 4 ? "table_with_a_deliberately_long_name_" : "t";
			names.add(schema + prefix + base + String.format("%03d", i));
		}
		ModelBuilder builder = ModelBuilder.model().tables(names.toArray(String[]::new));
		for (int i = 0; i < size; i++) {
			String table = names.get(i);
			builder.column(table, "label", "varchar(" + (10 + random.nextInt(200)) + ")", random.nextBoolean());
			if (random.nextInt(3) == 0) {
				builder.unique(table, "uk_" + prefix + i + "_label", "label");
			}
			int keys = random.nextInt(4);
			for (int k = 0; k < keys; k++) {
				// Mostly earlier tables; sometimes a later one (a cycle) or the table itself.
				int target = random.nextInt(4) == 0 ? random.nextInt(size) : random.nextInt(i + 1);
				String column = "ref" + k + "_id";
				builder.fk(table, column, names.get(target), random.nextInt(3) != 0);
				if (random.nextBoolean()) {
					builder.index(table, "ix_" + prefix + i + "_" + k, column);
				}
			}
		}
		return builder;
	}

}
