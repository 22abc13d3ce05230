package dev.schemabootstrap.migration;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import liquibase.database.Database;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ClassLoaderResourceAccessor;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.check.UnitEnvironment;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.fixtures.store.Category;
import dev.schemabootstrap.testing.H2Models;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stage before a migration as a plain class, with no Spring: whether Liquibase may run on a database, with a
 * stale lock or with tables but no history, and what it says about a lock that is held but not stale yet.
 */
class BeforeMigrationTest {

	private static final BeforeMigration.LockPolicy TEN_MINUTES = new BeforeMigration.LockPolicy(Duration.ofMinutes(10),
			false);

	private final JdbcDataSource dataSource = new JdbcDataSource();

	private final LiquibaseTarget target;

	private final List<String> logged = new ArrayList<>();

	private final StageLog log = new StageLog() {

		@Override
		public void info(String message) {
			logged.add("INFO " + message);
		}

		@Override
		public void warn(String message) {
			logged.add("WARN " + message);
		}

	};

	BeforeMigrationTest() {
		dataSource.setURL("jdbc:h2:mem:before-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		target = new LiquibaseTarget(dataSource, LiquibaseSettings.DEFAULTS, new ClassLoaderResourceAccessor());
	}

	@Test
	void anEmptyDatabaseMayBeMigrated() {
		BeforeMigration.Result result = check(TEN_MINUTES, DatabaseAdoption.Adoption.IF_MATCHING);

		assertThat(result.runs()).isTrue();
		assertThat(result.findings().isEmpty()).isTrue();
	}

	@Test
	void aLockHeldLongerThanStaleAfterKeepsLiquibaseFromRunning() throws Exception {
		holdLock("worker-7", Duration.ofHours(2));

		BeforeMigration.Result result = check(TEN_MINUTES, DatabaseAdoption.Adoption.IF_MATCHING);

		assertThat(result.runs()).isFalse();
		assertThat(result.findings().asList()).singleElement().satisfies((finding) -> {
			assertThat(finding.id()).isEqualTo(FindingId.STALE_LOCK.id());
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.message()).contains("held by worker-7").contains("stale-after=10m");
		});
	}

	@Test
	void aStaleLockIsReleasedWhenToldTo() throws Exception {
		holdLock("worker-7", Duration.ofHours(2));

		BeforeMigration.Result result = check(new BeforeMigration.LockPolicy(Duration.ofMinutes(10), true),
				DatabaseAdoption.Adoption.IF_MATCHING);

		assertThat(result.runs()).isTrue();
		assertThat(result.findings().asList()).singleElement()
			.satisfies((finding) -> assertThat(finding.severity()).isEqualTo(Severity.WARNING));
		assertThat(logged).singleElement().asString().startsWith("WARN Released the Liquibase lock held by worker-7");
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				var locked = statement.executeQuery("select locked from DATABASECHANGELOGLOCK")) {
			assertThat(locked.next()).isTrue();
			assertThat(locked.getBoolean(1)).isFalse();
		}
	}

	@Test
	void aLockNotStaleYetIsOnlyLoggedAndLiquibaseWaitsForIt() throws Exception {
		holdLock("worker-8", Duration.ofMinutes(1));

		BeforeMigration.Result result = check(TEN_MINUTES, DatabaseAdoption.Adoption.IF_MATCHING);

		assertThat(result.runs()).isTrue();
		assertThat(result.findings().isEmpty()).isTrue();
		assertThat(logged).singleElement().asString().startsWith("INFO The Liquibase lock is held by worker-8");
	}

	@Test
	void tablesThatDifferFromTheModelAndNoHistoryAreNeverMigrated() throws Exception {
		execute("create table category (id bigint primary key)");

		BeforeMigration.Result result = check(TEN_MINUTES, DatabaseAdoption.Adoption.IF_MATCHING);

		assertThat(result.runs()).isFalse();
		Finding unmanaged = result.findings().withId(FindingId.UNMANAGED_DATABASE).asList().get(0);
		assertThat(unmanaged.severity()).isEqualTo(Severity.ERROR);
		assertThat(unmanaged.message()).contains("1 tables but Liquibase never ran on it");
		assertThat(result.findings().withId(FindingId.SCHEMA_DRIFT).isEmpty()).isFalse();
	}

	private BeforeMigration.Result check(BeforeMigration.LockPolicy lock, DatabaseAdoption.Adoption adoption) {
		return BeforeMigration.check(target, analysis(), "db/changelog.yaml", lock, adoption, log);
	}

	private static Supplier<SchemaAnalysis> analysis() {
		return () -> SchemaAnalyzer.standard()
			.analyze(PersistenceUnit.of(Category.class), H2Models.SETTINGS, Map.of(),
					BeforeMigrationTest.class.getClassLoader(), UnitEnvironment.NONE);
	}

	/** Liquibase's own lock, taken by Liquibase and then dated back, as a process killed mid-migration leaves it. */
	private void holdLock(String holder, Duration since) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			Database database = target.open(connection);
			LockServiceFactory.getInstance().getLockService(database).waitForLock();
			LockServiceFactory.getInstance().resetAll();
		}
		execute("update DATABASECHANGELOGLOCK set LOCKEDBY = '" + holder + "', LOCKGRANTED = dateadd('SECOND', -"
				+ since.toSeconds() + ", current_timestamp)");
	}

	private void execute(String sql) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
