package dev.schemabootstrap.randomized;

import java.sql.Connection;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The randomized models of {@link RandomModelTests} on a real server (PostgreSQL, MariaDB): each seed's tables carry
 * a prefix of their own, so that all of them share the test class's database; no named schemas, since on MariaDB a
 * schema is a server-wide database.
 */
abstract class RandomModelsOnServersScenario {

	abstract TestDatabase database();

	abstract String dialect();

	static LongStream seeds() {
		return LongStream.range(0, 12);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void createsExactlyTheModel(long seed) throws Exception {
		check(database(), dialect(), DatabaseKind.of(dialect()), seed);
	}

	private static void check(TestDatabase database, String dialect, DatabaseKind kind, long seed) throws Exception {
		SchemaModel generic = RandomModelTests.randomModel(new Random(seed), false, "s" + seed + "_").build();
		SchemaModel model = new SchemaModel(dialect, generic.entities(), generic.tables(), generic.sequences());
		String changelog = new ChangelogWriter("random-" + seed, kind).grouped(RandomModelTests.grouping(seed))
			.write(new CreationPlanner().plan(model), ChangelogFormat.YAML);
		LiquibaseRunner.update(database.connect(), changelog, "random-" + seed + ".yaml");
		try (Connection connection = database.connect()) {
			// Tables of other seeds share the database: only this seed's are compared.
			assertThat(new DriftDetector().detect(model, connection)
				.filter((finding) -> finding.subject().startsWith("s" + seed + "_"))
				.asList()).as("seed %d", seed).isEmpty();
		}
	}

}
