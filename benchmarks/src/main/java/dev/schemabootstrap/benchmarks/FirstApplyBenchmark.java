package dev.schemabootstrap.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import liquibase.exception.LiquibaseException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.schemabootstrap.changelog.ChangeSetGrouping;

/**
 * (d) Liquibase's first update with the generated changelog on an empty in-memory H2 database: parsing the YAML,
 * creating its tables, running every changeset. The changelog is cut as the starter cuts it for an in-memory
 * database, one changeset per stage ({@link ChangeSetGrouping#PER_STAGE}). One shot per new database; the first shot
 * of the fork is cold.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx6g" })
public class FirstApplyBenchmark {

	private Path changelogDirectory;

	private int expectedChangeSets;

	private Connection connection;

	private int appliedChangeSets;

	@Setup(Level.Trial)
	public void writeChangelog(BuiltModel built) {
		changelogDirectory = Stages.writeChangelog(Stages.changelog(built.unitModel));
		expectedChangeSets = Stages.changeSetCount(built.unitModel, ChangeSetGrouping.PER_STAGE);
	}

	@Setup(Level.Iteration)
	public void emptyDatabase() throws SQLException {
		connection = Stages.emptyDatabase();
	}

	@Benchmark
	public int apply() throws LiquibaseException, SQLException {
		appliedChangeSets = Stages.apply(changelogDirectory, connection);
		return appliedChangeSets;
	}

	@TearDown(Level.Iteration)
	public void checkEveryChangeSetRan() throws SQLException {
		connection.close();
		if (appliedChangeSets != expectedChangeSets) {
			throw new IllegalStateException("Liquibase applied " + appliedChangeSets + " changesets of "
					+ expectedChangeSets);
		}
	}

}
