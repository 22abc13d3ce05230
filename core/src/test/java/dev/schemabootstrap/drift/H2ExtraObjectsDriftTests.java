package dev.schemabootstrap.drift;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.testing.H2Models;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The differences the store scenario does not make: a missing table, unique constraints, extra keys. */
class H2ExtraObjectsDriftTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	private static final SchemaModel MODEL = H2Models.of(StoreDriftScenario.STORE);

	@Test
	void reportsMissingTablesAndUniquesAndExtraKeysButNotTheIndexesH2MakesForForeignKeys() throws Exception {
		String changelog = new ChangelogWriter("store.yaml").write(new CreationPlanner().plan(MODEL),
				ChangelogFormat.YAML);
		LiquibaseRunner.update(database.connect(), changelog, "store.yaml");
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE billing.credit_payment");
			statement.execute("ALTER TABLE purchase_order ADD COLUMN customer_id uuid NOT NULL REFERENCES customer (id)");
			statement.execute("CREATE UNIQUE INDEX ux_batch_code ON batch (code)");
			statement.execute("ALTER TABLE customer DROP CONSTRAINT uk_customer_email");
			Findings findings = new DriftDetector().detect(MODEL, connection);
			assertThat(findings.stream().map((finding) -> finding.severity() + " " + finding.subject()))
				.as(findings.toString())
				.containsExactlyInAnyOrder("ERROR billing.credit_payment", "WARNING purchase_order.customer_id",
						"WARNING purchase_order.customer_id", "WARNING batch.code", "ERROR customer.email");
			assertThat(findings.stream().map(Finding::message)).contains(
					"Table billing.credit_payment is missing: the model expects it with the columns id, customer_id, amount.",
					"Column purchase_order.customer_id (uuid NOT NULL) exists in the database but not in the model."
							+ " Inserts through JPA fail unless it has a default.",
					"Unique constraint uk_customer_email on (email) is missing: duplicates are not refused.");
		}
	}

}
