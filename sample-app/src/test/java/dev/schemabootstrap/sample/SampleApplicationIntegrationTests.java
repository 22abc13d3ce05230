package dev.schemabootstrap.sample;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.sample.customer.CustomerView;
import dev.schemabootstrap.sample.customer.NewCustomer;
import dev.schemabootstrap.sample.customer.NewPayment;
import dev.schemabootstrap.sample.customer.PaymentView;
import dev.schemabootstrap.sample.inventory.BatchView;
import dev.schemabootstrap.sample.inventory.NewBatch;
import dev.schemabootstrap.sample.inventory.NewPurchaseOrder;
import dev.schemabootstrap.sample.inventory.PurchaseOrderView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample store started as a user starts it, on in-memory H2, and used over real HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationIntegrationTests {

	/** Every table of the store's entity model, as {@code schema.table}. */
	static final List<String> DOMAIN_TABLES = List.of("public.users", "public.customers", "public.credit_payments",
			"public.categories", "public.products", "public.sales", "public.sale_items", "inventory.purchase_orders",
			"inventory.batches", "inventory.stock_levels");

	static final List<String> LIQUIBASE_TABLES = List.of("public.databasechangelog", "public.databasechangeloglock");

	@LocalServerPort
	private int port;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private SchemaBootstrapper bootstrapper;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private RestClient rest;

	@BeforeEach
	void useTheRandomPort() {
		rest = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	@Test
	void schemaHealthIsUpWithCountsOfEntitiesTablesAndSchemas() {
		ResponseEntity<SchemaHealth> response = get("/actuator/health/schema", SchemaHealth.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		SchemaHealth health = response.getBody();
		assertThat(health).isNotNull();
		assertThat(health.status()).isEqualTo("UP");
		assertThat(health.details()).containsEntry("entities", 10)
			.containsEntry("tables", 10)
			.containsEntry("schemas", 1);
		assertThat(health.details()).extractingByKey("findings")
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("error", 0)
			.containsEntry("warning", 0);
		assertThat(health.details()).extractingByKey("changesets")
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("pending", 0)
			.hasEntrySatisfying("applied", (applied) -> assertThat((Integer) applied).isPositive());
	}

	@Test
	void theSchemaReportShowsTheCreationOrderAndTheCycleAsItsOnlyFindingAnInfo() {
		ResponseEntity<SchemaReport> response = get("/actuator/schema", SchemaReport.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		SchemaReport report = response.getBody();
		assertThat(report.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding).containsEntry("id", "circular-dependency").containsEntry("severity", "INFO");
			assertThat(finding.get("subject")).asString()
				.contains("inventory.batches")
				.contains("inventory.purchase_orders");
		});
		assertThat(report.creationOrder()).hasSize(DOMAIN_TABLES.size());
		assertThat(report.creationOrder()).containsSubsequence("customers", "credit_payments")
			.containsSubsequence("categories", "products", "sale_items")
			.containsSubsequence("users", "sales", "sale_items")
			.containsSubsequence("products", "inventory.stock_levels")
			.containsSubsequence("inventory.purchase_orders", "inventory.batches");
		assertThat(report.cycles()).singleElement().satisfies((cycle) -> {
			assertThat(cycle.tables()).containsExactlyInAnyOrder("inventory.batches", "inventory.purchase_orders");
			assertThat(cycle.brokenBy()).singleElement(InstanceOfAssertFactories.STRING)
				.contains("fk_purchase_orders_current_batch");
		});
	}

	@Test
	void theSchemaComponentIsPartOfTheOverallHealth() {
		ResponseEntity<Health> response = get("/actuator/health", Health.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody().status()).isEqualTo("UP");
		assertThat(response.getBody().components()).containsKey("schema");
	}

	@Test
	void everyTableOfTheDomainExistsInBothSchemasAndNoOtherTable() throws SQLException {
		List<String> expected = new ArrayList<>(DOMAIN_TABLES);
		expected.addAll(LIQUIBASE_TABLES);

		assertThat(tablesIn("PUBLIC", "INVENTORY")).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void everyTableOfTheDomainWasCreatedByTheGeneratedLiquibaseChangelog() throws Exception {
		List<Map<String, Object>> changesets = jdbc
			.queryForList("select id, filename from databasechangelog order by orderexecuted");

		// On in-memory H2 the generated changelog comes as one changeset per stage.
		assertThat(changesets).extracting((changeset) -> changeset.get("ID")).contains("tables");
		assertThat(changesets).allSatisfy((changeset) -> assertThat(changeset.get("FILENAME"))
			.isEqualTo(SchemaBootstrapper.GENERATED_LOGICAL_PATH));
		String changelog = Files.readString(Path.of(URI.create(bootstrapper.getChangelogLocation())))
			.toLowerCase(Locale.ROOT);
		assertThat(DOMAIN_TABLES).allSatisfy((table) -> assertThat(changelog)
			.contains("tablename: " + table.substring(table.indexOf('.') + 1) + "\n"));
	}

	@Test
	void hibernateCreatesNoTableOfAnyKindNotEvenATemporaryOne() {
		List<String> tables = jdbc.queryForList("select lower(table_schema || '.' || table_name) from "
				+ "information_schema.tables where table_schema in ('PUBLIC', 'INVENTORY')", String.class);

		List<String> expected = new ArrayList<>(DOMAIN_TABLES);
		expected.addAll(LIQUIBASE_TABLES);
		assertThat(tables).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void hibernateIsToldToWriteNoDdl() {
		assertThat(entityManagerFactory.getProperties().get("hibernate.hbm2ddl.auto")).isIn(null, "none");
	}

	@Test
	void dataSqlRanAfterLiquibaseCreatedTheSchema() {
		String parent = jdbc.queryForObject(
				"select p.name from categories c join categories p on p.id = c.parent_id where c.name = 'Coffee'",
				String.class);

		assertThat(parent).isEqualTo("Beverages");
	}

	@Test
	void aCustomerIsCreatedWithCreditPaymentsAndReadBack() {
		String email = "ada-" + UUID.randomUUID() + "@example.com";
		ResponseEntity<CustomerView> created = post("/customers", new NewCustomer("Ada", email),
				CustomerView.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		UUID id = created.getBody().id();
		assertThat(id).isNotNull();
		assertThat(created.getHeaders().getLocation()).hasPath("/customers/" + id);

		ResponseEntity<PaymentView> first = post("/customers/{id}/payments",
				new NewPayment(new BigDecimal("25.50")), PaymentView.class, id);
		ResponseEntity<PaymentView> second = post("/customers/{id}/payments",
				new NewPayment(new BigDecimal("4.50")), PaymentView.class, id);
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);

		CustomerView customer = get("/customers/{id}", CustomerView.class, id).getBody();
		assertThat(customer.name()).isEqualTo("Ada");
		assertThat(customer.email()).isEqualTo(email);
		assertThat(customer.payments()).extracting(PaymentView::id)
			.containsExactly(first.getBody().id(), second.getBody().id());
		assertThat(customer.payments()).extracting(PaymentView::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("25.50"), new BigDecimal("4.50"));
		assertThat(customer.payments()).allSatisfy((payment) -> assertThat(payment.createdAt()).isNotNull());
		assertThat(jdbc.queryForObject("select count(*) from credit_payments where customer_id = ?", Integer.class,
				id)).isEqualTo(2);
	}

	@Test
	void aPaymentForAnUnknownCustomerIsNotFound() {
		ResponseEntity<String> response = post("/customers/{id}/payments",
				new NewPayment(BigDecimal.TEN), String.class, UUID.randomUUID());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aPurchaseOrderAndItsCurrentBatchAreWrittenOnBothSidesOfTheCycle() {
		ResponseEntity<PurchaseOrderView> created = post("/purchase-orders",
				new NewPurchaseOrder("Acme Beans"), PurchaseOrderView.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Long orderId = created.getBody().id();
		assertThat(created.getBody().currentBatch()).isNull();

		String code = "LOT-" + UUID.randomUUID().toString().substring(0, 8);
		ResponseEntity<BatchView> received = post("/purchase-orders/{id}/batches",
				new NewBatch(code, 120), BatchView.class, orderId);
		assertThat(received.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		BatchView batch = received.getBody();
		assertThat(batch.purchaseOrderId()).isEqualTo(orderId);

		PurchaseOrderView order = get("/purchase-orders/{id}", PurchaseOrderView.class, orderId).getBody();
		assertThat(order.supplier()).isEqualTo("Acme Beans");
		assertThat(order.currentBatch()).isNotNull();
		assertThat(order.currentBatch().id()).isEqualTo(batch.id());
		assertThat(order.currentBatch().code()).isEqualTo(code);
		assertThat(order.currentBatch().quantity()).isEqualTo(120);

		assertThat(jdbc.queryForObject("select current_batch_id from inventory.purchase_orders where id = ?",
				Long.class, orderId)).isEqualTo(batch.id());
		assertThat(jdbc.queryForObject("select purchase_order_id from inventory.batches where id = ?", Long.class,
				batch.id())).isEqualTo(orderId);
	}

	@Test
	void aSecondBatchBecomesTheOrdersCurrentBatch() {
		Long orderId = post("/purchase-orders", new NewPurchaseOrder("Globex"), PurchaseOrderView.class).getBody()
			.id();
		String prefix = "LOT-" + UUID.randomUUID().toString().substring(0, 8);
		ResponseEntity<BatchView> first = post("/purchase-orders/{id}/batches", new NewBatch(prefix + "-1", 10),
				BatchView.class, orderId);
		BatchView second = post("/purchase-orders/{id}/batches", new NewBatch(prefix + "-2", 20),
				BatchView.class, orderId).getBody();

		PurchaseOrderView order = get("/purchase-orders/{id}", PurchaseOrderView.class, orderId).getBody();

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(order.currentBatch().id()).isEqualTo(second.id()).isNotEqualTo(first.getBody().id());
		assertThat(jdbc.queryForObject("select count(*) from inventory.batches where purchase_order_id = ?",
				Integer.class, orderId)).isEqualTo(2);
	}

	private <T> ResponseEntity<T> get(String uri, Class<T> type, Object... variables) {
		return rest.get().uri(uri, variables).retrieve().toEntity(type);
	}

	private <T> ResponseEntity<T> post(String uri, Object body, Class<T> type, Object... variables) {
		return rest.post().uri(uri, variables).body(body).retrieve().toEntity(type);
	}

	private List<String> tablesIn(String... schemas) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			for (String schema : schemas) {
				try (ResultSet rs = metaData.getTables(null, schema, "%", new String[] { "TABLE" })) {
					while (rs.next()) {
						tables.add((rs.getString("TABLE_SCHEM") + "." + rs.getString("TABLE_NAME"))
							.toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		return tables;
	}

	record SchemaHealth(String status, Map<String, Object> details) {
	}

	record SchemaReport(List<String> creationOrder, List<Cycle> cycles, List<Map<String, Object>> findings) {
	}

	record Cycle(List<String> tables, List<String> brokenBy) {
	}

	record Health(String status, Map<String, Object> components) {
	}

}
