package dev.schemabootstrap.check;

import java.util.HashMap;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.fixtures.check.sqlitesequenceemulation.Invoice;
import dev.schemabootstrap.fixtures.check.sqlitesequenceemulation.Payment;
import dev.schemabootstrap.fixtures.check.sqlitesequenceemulation.Receipt;
import dev.schemabootstrap.fixtures.check.sqlitesequenceemulation.Refund;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.model.hibernate.UnitModelFactory;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.testing.H2Models;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * What {@code sqlite-sequence-emulation} is about, on a real SQLite file with the changelog applied by Liquibase:
 * one transaction that writes a row and then persists an entity whose ids come from an emulated sequence fails
 * with SQLITE_BUSY, even with WAL and a busy timeout; with IDENTITY ids the same transaction commits.
 */
class SqliteSequenceEmulationOnSqliteTests {

	@RegisterExtension
	static final TestDatabase emulated = TestDatabase.sqlite();

	@RegisterExtension
	static final TestDatabase identity = TestDatabase.sqlite();

	@Test
	void oneTransactionPersistingTwoEntitiesWithEmulatedSequencesFailsWithSqliteBusy() throws Exception {
		try (SessionFactory sessions = sessionFactory(emulated, Invoice.class, Receipt.class)) {
			assertThatException().isThrownBy(() -> sessions.inTransaction((session) -> {
				session.persist(new Invoice());
				session.flush();
				session.persist(new Receipt());
			})).withStackTraceContaining("SQLITE_BUSY");
		}
	}

	@Test
	void oneTransactionPersistingTwoEntitiesWithIdentityIdsCommits() throws Exception {
		try (SessionFactory sessions = sessionFactory(identity, Payment.class, Refund.class)) {
			sessions.inTransaction((session) -> {
				session.persist(new Payment());
				session.flush();
				session.persist(new Refund());
				session.persist(new Payment());
			});
			long rows = sessions.fromTransaction((session) -> session
				.createSelectionQuery("select count(p) from Payment p", Long.class)
				.getSingleResult()
					+ session.createSelectionQuery("select count(r) from Refund r", Long.class).getSingleResult());
			assertThat(rows).isEqualTo(3);
		}
	}

	/** Creates the schema with the generated changelog and boots Hibernate on it, with a pool of connections. */
	private static SessionFactory sessionFactory(TestDatabase database, Class<?>... classes) throws Exception {
		Map<String, String> settings = new HashMap<>(H2Models.SETTINGS);
		settings.put("hibernate.dialect", SqliteSequenceEmulationCheckTest.SQLITE);
		UnitModel model = UnitModelFactory.create(PersistenceUnit.of(classes), settings,
				SqliteSequenceEmulationOnSqliteTests.class.getClassLoader());
		String changelog = new ChangelogWriter("ids.yaml", DatabaseKind.SQLITE, model.mapping())
			.write(new CreationPlanner().plan(model.schema()), ChangelogFormat.YAML);
		LiquibaseRunner.update(database.connect(), changelog, "ids.yaml");
		settings.put("hibernate.connection.url", database.url() + "&journal_mode=WAL&busy_timeout=200");
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
			.applySettings(new HashMap<String, Object>(settings))
			.build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			for (Class<?> type : classes) {
				sources.addAnnotatedClass(type);
			}
			return sources.buildMetadata().buildSessionFactory();
		}
		catch (RuntimeException ex) {
			StandardServiceRegistryBuilder.destroy(registry);
			throw ex;
		}
	}

}
