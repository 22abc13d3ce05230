package dev.schemabootstrap.drift;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.fixtures.store.Batch;
import dev.schemabootstrap.fixtures.store.Category;
import dev.schemabootstrap.fixtures.store.CreditPayment;
import dev.schemabootstrap.fixtures.store.Customer;
import dev.schemabootstrap.fixtures.store.PurchaseOrder;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.hibernate.HibernateModelFactory;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store fixtures on a real database: the schema is created (by the generated changelog, or by plain DDL
 * where Liquibase cannot), has no drift, then is altered by hand and every alteration is reported in one run.
 * The two tests share the database and run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class StoreDriftScenario {

	static final Class<?>[] STORE = { Batch.class, Category.class, CreditPayment.class, Customer.class,
			PurchaseOrder.class };

	/** The store without its one entity in a named schema, for databases where a schema is a database. */
	static final Class<?>[] STORE_WITHOUT_SCHEMAS = { Batch.class, Category.class, Customer.class,
			PurchaseOrder.class };

	abstract TestDatabase database();

	abstract SchemaModel model();

	/** SQL that changes the live schema behind the model's back. */
	abstract List<String> alterations();

	/** {@code SEVERITY subject} of every finding the alterations must cause. */
	abstract List<String> expectedDrift();

	/** Creates the schema; by default with the changelog generated from the model. */
	void createSchema(SchemaModel model) throws Exception {
		String changelog = new ChangelogWriter("db/changelog/store.yaml").write(new CreationPlanner().plan(model),
				ChangelogFormat.YAML);
		// The runner closes the connection it is given.
		LiquibaseRunner.update(database().connect(), changelog, "store.yaml");
	}

	static SchemaModel model(String dialect, Class<?>... classes) {
		return HibernateModelFactory.create(PersistenceUnit.of(classes),
				Map.of("hibernate.dialect", dialect, "hibernate.physical_naming_strategy",
						"org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl"),
				StoreDriftScenario.class.getClassLoader());
	}

	/** Whether the database enforces declared lengths, so that a shorter varchar is a difference. */
	boolean enforcesLengths() {
		return true;
	}

	@Test
	@Order(1)
	void freshlyCreatedSchemaHasNoDrift() throws Exception {
		createSchema(model());
		try (Connection connection = database().connect()) {
			Findings findings = new DriftDetector().detect(model(), connection);
			assertThat(findings.asList()).as(findings.toString()).isEmpty();
		}
	}

	@Test
	@Order(2)
	void everyAlterationIsReportedInOneRun() throws Exception {
		try (Connection connection = database().connect(); Statement statement = connection.createStatement()) {
			for (String sql : alterations()) {
				statement.execute(sql);
			}
			Findings findings = new DriftDetector().detect(model(), connection);
			assertThat(findings.stream().map((finding) -> finding.severity() + " " + finding.subject()))
				.as(findings.toString())
				.containsExactlyInAnyOrderElementsOf(expectedDrift());
			assertThat(findings.stream().map(Finding::id)).containsOnly(FindingId.SCHEMA_DRIFT.id());
			if (enforcesLengths()) {
				assertThat(findings.stream().map(Finding::message))
					.anySatisfy((message) -> assertThat(message).contains("expected varchar(255), found varchar(100)"));
			}
		}
	}

}
