package dev.schemabootstrap.changelog.lint;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.check.Suppressions;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.DatabaseKind;

import static dev.schemabootstrap.changelog.lint.YamlChangelogs.changeSet;
import static dev.schemabootstrap.changelog.lint.YamlChangelogs.lint;
import static org.assertj.core.api.Assertions.assertThat;

class UnsafeIndexCreationRuleTests {

	private static final String CREATE_INDEX = """
			        - createIndex:
			            tableName: orders
			            indexName: idx_orders_customer
			            columns:
			              - column:
			                  name: customer_id
			""";

	@Test
	void anIndexCreatedOnAnExistingTableOnPostgresqlIsReportedWithTheConcurrentRecipe() {
		Findings findings = lint(DatabaseKind.POSTGRESQL, changeSet("orders-customer-index", CREATE_INDEX));

		assertThat(findings.asList()).singleElement().satisfies((finding) -> {
			assertThat(finding.id()).isEqualTo("unsafe-index-creation");
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.subject()).isEqualTo("orders.idx_orders_customer");
			assertThat(finding.message()).contains("changeset 'orders-customer-index' (author dev, changelog.yaml)",
					"without CONCURRENTLY", "blocks every insert, update and delete on orders");
			assertThat(finding.hint()).contains("runInTransaction: false",
					"CREATE INDEX CONCURRENTLY idx_orders_customer ON orders (customer_id)", "INVALID index");
		});
	}

	@Test
	void anIndexOnATableCreatedInTheSameRunIsNotReported() {
		String createTable = """
				        - createTable:
				            tableName: orders
				            columns:
				              - column:
				                  name: customer_id
				                  type: bigint
				""";

		assertThat(lint(DatabaseKind.POSTGRESQL, changeSet("orders", createTable)
				+ changeSet("orders-customer-index", CREATE_INDEX))).isEmpty();
		assertThat(lint(DatabaseKind.POSTGRESQL, changeSet("orders", createTable + CREATE_INDEX))).isEmpty();
	}

	@Test
	void aCreateIndexInASqlChangeIsReportedUnlessItIsConcurrent() {
		String plain = "        - sql:\n            sql: CREATE INDEX idx_orders_total ON public.orders (total)\n";
		String concurrent = """
				  - changeSet:
				      id: concurrent
				      author: dev
				      runInTransaction: false
				      changes:
				        - sql:
				            sql: CREATE INDEX CONCURRENTLY idx_orders_total ON orders (total)
				""";

		assertThat(lint(DatabaseKind.POSTGRESQL, changeSet("plain", plain)).asList()).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.subject()).isEqualTo("public.orders.idx_orders_total");
				assertThat(finding.hint()).contains("CREATE INDEX CONCURRENTLY idx_orders_total ON public.orders");
			});
		assertThat(lint(DatabaseKind.POSTGRESQL, concurrent)).isEmpty();
	}

	@Test
	void aUniqueConstraintAddedToAnExistingTableIsReportedWithTheUsingIndexRecipe() {
		String unique = """
				        - addUniqueConstraint:
				            tableName: customers
				            columnNames: email
				            constraintName: uk_customers_email
				""";

		Finding finding = lint(DatabaseKind.POSTGRESQL, changeSet("unique-email", unique)).asList().get(0);

		assertThat(finding.id()).isEqualTo("unsafe-index-creation");
		assertThat(finding.hint()).contains("CREATE UNIQUE INDEX CONCURRENTLY uk_customers_email ON customers (email)",
				"ADD CONSTRAINT uk_customers_email UNIQUE USING INDEX uk_customers_email");
	}

	@Test
	void mariadbAndH2BuildIndexesWithoutBlockingWritesAndAreNotReported() {
		assertThat(lint(DatabaseKind.MARIADB, changeSet("orders-customer-index", CREATE_INDEX))).isEmpty();
		assertThat(lint(DatabaseKind.H2, changeSet("orders-customer-index", CREATE_INDEX))).isEmpty();
	}

	@Test
	void isSuppressedByTableThroughValidationSuppress() {
		Findings findings = lint(DatabaseKind.POSTGRESQL, changeSet("orders-customer-index", CREATE_INDEX));

		Suppressions suppressions = Suppressions.parse(java.util.List.of("unsafe-index-creation:orders.*"));

		assertThat(suppressions.problems()).isEmpty();
		assertThat(suppressions.apply(findings)).isEmpty();
	}

}
