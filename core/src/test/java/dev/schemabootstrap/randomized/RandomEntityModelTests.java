package dev.schemabootstrap.randomized;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.check.CircularDependencyCheck;
import dev.schemabootstrap.check.SqliteSequenceEmulationCheck;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.randomized.entities.EntityCompiler;
import dev.schemabootstrap.randomized.entities.RandomEntityGenerator.Shape;
import dev.schemabootstrap.randomized.entities.RandomEntityGenerator;
import dev.schemabootstrap.testing.LiquibaseRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random entity models written as Java classes, compiled and mapped by Hibernate as an application's would be,
 * one per seed (a failing seed is a test case of its own: reproduce it as a named test beside the fix). For each
 * valid model: no ERROR finding; the changelog is byte-identical when the pipeline runs again with the classes in
 * another order; it applies with real Liquibase; and the live schema then equals the model. A model with a cycle
 * of NOT NULL keys is reported as a {@code circular-dependency} ERROR instead.
 */
class RandomEntityModelTests {

	static final String H2 = "org.hibernate.dialect.H2Dialect";

	static final String SQLITE = "org.hibernate.community.dialect.SQLiteDialect";

	@TempDir
	Path directory;

	static LongStream seeds() {
		return LongStream.range(0, 30);
	}

	static LongStream cycleSeeds() {
		return LongStream.range(1000, 1004);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aValidModelIsCreatedExactlyOnH2(long seed) throws Exception {
		// H2 allows 256 characters; the model spreads over three schemas.
		List<Class<?>> classes = compile(seed, new Shape(256, true, "", false));
		SchemaAnalysis analysis = assertDeterministicWithoutErrors(seed, H2, classes);
		String changelog = write(analysis, H2);
		String url = "jdbc:h2:mem:random-entities-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		LiquibaseRunner.update(DriverManager.getConnection(url), changelog, "random.yaml");
		try (Connection connection = DriverManager.getConnection(url)) {
			assertNoDrift(seed, analysis, connection);
			try (Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aValidModelIsCreatedExactlyOnSqlite(long seed) throws Exception {
		// SQLite has neither named schemas nor a name limit; the long names are as long as MariaDB's.
		List<Class<?>> classes = compile(seed, new Shape(64, false, "", false));
		SchemaAnalysis analysis = assertDeterministicWithoutErrors(seed, SQLITE, classes);
		String changelog = write(analysis, SQLITE);
		// No sync to disk after each changeset: the test is about the schema, not about durability.
		String url = "jdbc:sqlite:" + directory.resolve("random.db")
				+ "?foreign_keys=on&synchronous=off&journal_mode=memory";
		LiquibaseRunner.update(DriverManager.getConnection(url), changelog, "random.yaml");
		try (Connection connection = DriverManager.getConnection(url)) {
			assertNoDrift(seed, analysis, connection);
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("cycleSeeds")
	void aCycleOfNotNullKeysIsAnErrorNotAChangelog(long seed) throws Exception {
		RandomEntityGenerator generator = new RandomEntityGenerator(seed, new Shape(256, true, "", true));
		List<Class<?>> classes = EntityCompiler.compile(generator.sources(), directory);
		List<Finding> errors = analyze(H2, classes).findings()
			.stream()
			.filter((finding) -> finding.severity() == Severity.ERROR)
			.toList();
		assertThat(errors).as("seed %d", seed).isNotEmpty();
		assertThat(errors).as("seed %d", seed).allSatisfy((finding) -> {
			assertThat(finding.id()).isEqualTo(FindingId.CIRCULAR_DEPENDENCY.id());
			assertThat(finding.message()).contains("cycle of NOT NULL foreign keys");
		});
		assertThat(errors).as("seed %d: the cycle made of NOT NULL keys", seed)
			.anySatisfy((finding) -> assertThat(List.of(finding.subject().split(", ")))
				.containsAll(generator.requiredCycleTables()));
	}

	private List<Class<?>> compile(long seed, Shape shape) throws Exception {
		return EntityCompiler.compile(new RandomEntityGenerator(seed, shape).sources(),
				directory.resolve("seed-" + seed + "-" + shape.identifierLimit()));
	}

	/**
	 * Runs the pipeline twice, the second time with the classes in a shuffled order, asserts that neither finds an
	 * error and that both write the same changelog, and returns the first analysis.
	 */
	static SchemaAnalysis assertDeterministicWithoutErrors(long seed, String dialect, List<Class<?>> classes) {
		SchemaAnalysis analysis = analyze(dialect, classes);
		// SEQUENCE ids on SQLite are an error of the running application (SQLITE_BUSY), not of the schema.
		assertThat(analysis.findings()
			.stream()
			.filter((finding) -> finding.severity() == Severity.ERROR
					&& !finding.id().equals(FindingId.SQLITE_SEQUENCE_EMULATION.id())))
			.as("seed %d: errors of a valid model", seed)
			.isEmpty();
		String changelog = write(analysis, dialect);
		List<Class<?>> shuffled = new ArrayList<>(classes);
		Collections.shuffle(shuffled, new Random(seed));
		assertThat(write(analyze(dialect, shuffled), dialect)).as("seed %d: changelog of the shuffled classes", seed)
			.isEqualTo(changelog);
		return analysis;
	}

	static void assertNoDrift(long seed, SchemaAnalysis analysis, Connection connection) throws Exception {
		assertThat(new DriftDetector().detect(analysis.model(), connection).asList())
			.as("seed %d: drift after applying the changelog", seed)
			.isEmpty();
	}

	static SchemaAnalysis analyze(String dialect, List<Class<?>> classes) {
		return SchemaAnalyzer.standard().analyze(dialect, classes.toArray(Class<?>[]::new));
	}

	static String write(SchemaAnalysis analysis, String dialect) {
		return new ChangelogWriter("random-entities", DatabaseKind.of(dialect)).write(analysis.plan(),
				ChangelogFormat.YAML);
	}

}
