package dev.schemabootstrap.randomized;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.randomized.entities.EntityCompiler;
import dev.schemabootstrap.randomized.entities.RandomEntityGenerator;
import dev.schemabootstrap.randomized.entities.RandomEntityGenerator.Shape;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The random entity models of {@link RandomEntityModelTests} on a real server, with names as long as the server
 * allows. Every name of a seed starts with {@code r<seed>_}, so that the seeds share the test class's database and
 * only a seed's own tables are compared with its model.
 */
abstract class RandomEntityModelsOnServersScenario {

	@TempDir
	Path directory;

	abstract TestDatabase database();

	abstract String dialect();

	/**
	 * Whether tables say {@code @Table(schema)}: on MariaDB the dialect ignores it (a schema is a database there) and
	 * the tables are created in the connection's database, which the test also proves.
	 */
	abstract boolean schemas();

	static LongStream seeds() {
		return LongStream.range(0, 8);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aValidModelIsCreatedExactly(long seed) throws Exception {
		DatabaseKind kind = DatabaseKind.of(dialect());
		String prefix = "r" + seed + "_";
		Shape shape = new Shape(kind.identifierLimit().getAsInt(), schemas(), prefix, false);
		List<Class<?>> classes = EntityCompiler.compile(new RandomEntityGenerator(seed, shape).sources(), directory);
		SchemaAnalysis analysis = RandomEntityModelTests.assertDeterministicWithoutErrors(seed, dialect(), classes);
		LiquibaseRunner.update(database().connect(), RandomEntityModelTests.write(analysis, dialect()),
				"random-" + seed + ".yaml");
		try (Connection connection = database().connect()) {
			assertThat(new DriftDetector().detect(analysis.model(), connection)
				.filter((finding) -> finding.subject().startsWith(prefix))
				.asList()).as("seed %d: drift after applying the changelog", seed).isEmpty();
		}
	}

}
