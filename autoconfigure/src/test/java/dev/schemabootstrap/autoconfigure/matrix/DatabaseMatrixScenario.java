package dev.schemabootstrap.autoconfigure.matrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.support.TransactionTemplate;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.autoconfigure.fixtures.harder.HarderConfiguration;
import dev.schemabootstrap.autoconfigure.fixtures.store.StoreConfiguration;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * One database, two models: the sample's store ({@link StoreConfiguration}) and a harder one
 * ({@link HarderConfiguration}), each in a fresh database of its own. For each, a real application context starts
 * (Schema Bootstrap generates the changelog, Spring Boot's Liquibase applies it, drift compares the live schema
 * with the model and finds nothing), then rows go in through JPA across every relationship, cycles included, are
 * read back and deleted in a valid order, and rows that break a foreign key are refused by the database.
 * <p>
 * Subclasses give the databases and what the product requires on each; each must say why in a comment.
 */
abstract class DatabaseMatrixScenario {

	@TempDir
	Path outputDir;

	/** A fresh database for the store model. */
	abstract TestDatabase storeDatabase();

	/** A fresh database for the harder model. */
	abstract TestDatabase harderDatabase();

	/** Part of the message the database gives when a row breaks a foreign key. */
	abstract String foreignKeyViolation();

	/** The JDBC URL the application uses. */
	String url(TestDatabase database) {
		return database.url();
	}

	/** Properties the product requires on this database for the model, beyond the URL. */
	List<String> properties(Class<?> model) {
		return List.of();
	}

	/** A table as native SQL names it: schema-qualified where the database has named schemas. */
	String table(String schema, String table) {
		return schema == null ? table : schema + "." + table;
	}

	@Test
	void storeModelStartsWithoutDriftAndKeepsEveryReference() {
		run(storeDatabase(), StoreConfiguration.class, (jpa) -> new StoreWorkload(jpa).run());
	}

	@Test
	void harderModelStartsWithoutDriftAndKeepsEveryReference() {
		run(harderDatabase(), HarderConfiguration.class, (jpa) -> new HarderWorkload(jpa).run());
	}

	void run(TestDatabase database, Class<?> model, Consumer<Jpa> workload) {
		run(database, model, List.of(), workload);
	}

	void run(TestDatabase database, Class<?> model, List<String> extraProperties, Consumer<Jpa> workload) {
		List<String> properties = new ArrayList<>(properties(model));
		properties.addAll(extraProperties);
		MatrixApplications.runner(url(database), outputDir, model, properties)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
				Findings findings = bootstrapper.getFindings();
				assertThat(bootstrapper.isDriftChecked()).isTrue();
				assertThat(findings.withId("schema-drift").asList()).as("drift after migration:%n%s", findings)
					.isEmpty();
				assertThat(findings.withId("pending-changesets").asList()).isEmpty();
				assertThat(findings.count(Severity.ERROR)).as("%s", findings).isZero();
				assertThat(new JdbcTemplate(context.getBean(DataSource.class))
					.queryForObject("select count(*) from DATABASECHANGELOG", Integer.class)).isPositive();
				workload.accept(new Jpa(this, context));
			});
	}

	/** What a workload uses: transactions, a shared EntityManager, JDBC, and the database's rules. */
	static final class Jpa {

		private final DatabaseMatrixScenario scenario;

		final TransactionTemplate transactions;

		final EntityManager entityManager;

		final JdbcTemplate jdbc;

		final SchemaBootstrapper bootstrapper;

		Jpa(DatabaseMatrixScenario scenario, AssertableApplicationContext context) {
			this.scenario = scenario;
			this.transactions = context.getBean(TransactionTemplate.class);
			this.entityManager = SharedEntityManagerCreator
				.createSharedEntityManager(context.getBean(EntityManagerFactory.class));
			this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			this.bootstrapper = context.getBean(SchemaBootstrapper.class);
		}

		/** Runs the work in a transaction of its own and returns its result. */
		<T> T read(Function<EntityManager, T> work) {
			return transactions.execute((status) -> work.apply(entityManager));
		}

		/** Runs the work in a transaction of its own, committed at the end. */
		void write(Consumer<EntityManager> work) {
			transactions.executeWithoutResult((status) -> work.accept(entityManager));
		}

		String table(String schema, String table) {
			return scenario.table(schema, table);
		}

		long count(Class<?> entity) {
			return read((em) -> em
				.createQuery("select count(e) from " + entity.getSimpleName() + " e", Long.class)
				.getSingleResult());
		}

		/** The statement fails, and the database says it is because of a foreign key. */
		void refused(ThrowingCallable statement) {
			assertThatException().isThrownBy(statement)
				.satisfies((ex) -> assertThat(messages(ex)).containsIgnoringCase(scenario.foreignKeyViolation()));
		}

		/** A native update, refused because it breaks a foreign key. */
		void refused(String sql, Object... arguments) {
			refused(() -> jdbc.update(sql, arguments));
		}

		private static String messages(Throwable ex) {
			StringBuilder messages = new StringBuilder();
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				messages.append(cause.getMessage()).append('\n');
			}
			return messages.toString();
		}

	}

}
