package dev.schemabootstrap.sample;

import java.math.BigDecimal;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.sample.catalog.Category;
import dev.schemabootstrap.sample.catalog.CategoryRepository;
import dev.schemabootstrap.sample.catalog.Product;
import dev.schemabootstrap.sample.catalog.ProductRepository;
import dev.schemabootstrap.sample.customer.CreditPayment;
import dev.schemabootstrap.sample.customer.CreditPaymentRepository;
import dev.schemabootstrap.sample.customer.Customer;
import dev.schemabootstrap.sample.customer.CustomerRepository;
import dev.schemabootstrap.sample.inventory.Batch;
import dev.schemabootstrap.sample.inventory.BatchRepository;
import dev.schemabootstrap.sample.inventory.PurchaseOrder;
import dev.schemabootstrap.sample.inventory.PurchaseOrderRepository;
import dev.schemabootstrap.sample.inventory.StockLevel;
import dev.schemabootstrap.sample.inventory.StockLevelRepository;
import dev.schemabootstrap.sample.sales.Sale;
import dev.schemabootstrap.sample.sales.SaleItem;
import dev.schemabootstrap.sample.sales.SaleRepository;
import dev.schemabootstrap.sample.user.AppUser;
import dev.schemabootstrap.sample.user.AppUserRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The store's repositories in a {@code @DataJpaTest} slice, on the schema Schema Bootstrap has Liquibase create
 * there, exactly as in the application.
 */
@DataJpaTest
class StoreRepositoriesTests {

	@Autowired
	private TestEntityManager entityManager;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CustomerRepository customers;

	@Autowired
	private CreditPaymentRepository payments;

	@Autowired
	private CategoryRepository categories;

	@Autowired
	private ProductRepository products;

	@Autowired
	private AppUserRepository users;

	@Autowired
	private SaleRepository sales;

	@Autowired
	private PurchaseOrderRepository purchaseOrders;

	@Autowired
	private BatchRepository batches;

	@Autowired
	private StockLevelRepository stockLevels;

	@Test
	void theSliceRunsOnTheSchemaLiquibaseCreatedFromTheGeneratedChangelog() {
		List<String> files = jdbc.queryForList("select distinct filename from databasechangelog", String.class);
		List<String> inventoryTables = jdbc.queryForList("select table_name from information_schema.tables "
				+ "where table_schema = 'INVENTORY' and table_type = 'BASE TABLE'", String.class);

		assertThat(files).containsExactly(SchemaBootstrapper.GENERATED_LOGICAL_PATH);
		assertThat(inventoryTables).containsExactlyInAnyOrder("BATCHES", "PURCHASE_ORDERS", "STOCK_LEVELS");
	}

	@Test
	void dataSqlSeedsTheCategoryTreeInTheSliceToo() {
		Category beverages = categories.findByName("Beverages").orElseThrow();

		assertThat(categories.findByParentOrderByName(beverages)).extracting(Category::getName)
			.containsExactly("Coffee");
	}

	@Test
	void aCustomerGetsAGeneratedUuidThatItsCreditPaymentsReference() {
		Customer customer = customers.save(new Customer("Grace", "grace@example.com"));
		payments.save(new CreditPayment(customer, new BigDecimal("12.34")));
		payments.save(new CreditPayment(customer, new BigDecimal("0.66")));
		entityManager.flush();
		entityManager.clear();

		assertThat(customer.getId()).isNotNull();
		List<CreditPayment> found = payments.findByCustomerIdOrderByCreatedAtAscIdAsc(customer.getId());
		assertThat(found).hasSize(2)
			.allSatisfy((payment) -> assertThat(payment.getCustomer().getId()).isEqualTo(customer.getId()));
		assertThat(found).extracting(CreditPayment::getAmount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("12.34"), new BigDecimal("0.66"));
	}

	@Test
	void categoriesFormATreeThroughTheirSelfReference() {
		Category hardware = categories.save(Category.root("Hardware"));
		Category tools = categories.save(new Category("Tools", hardware));
		categories.save(new Category("Hammers", tools));
		categories.save(new Category("Saws", tools));
		categories.save(new Category("Fasteners", hardware));
		entityManager.flush();
		entityManager.clear();

		Category reloadedHardware = categories.findByName("Hardware").orElseThrow();
		Category reloadedTools = categories.findByName("Tools").orElseThrow();
		assertThat(reloadedHardware.getParent()).isNull();
		assertThat(categories.findByParentOrderByName(reloadedHardware)).extracting(Category::getName)
			.containsExactly("Fasteners", "Tools");
		assertThat(categories.findByParentOrderByName(reloadedTools)).extracting(Category::getName)
			.containsExactly("Hammers", "Saws");
		assertThat(categories.findByName("Hammers").orElseThrow().getParent().getParent().getName())
			.isEqualTo("Hardware");
	}

	@Test
	void aSaleIsSavedWithItsItemsByCascade() {
		Category tea = categories.save(Category.root("Tea"));
		Product green = products.save(new Product("TEA-GREEN", "Green tea", new BigDecimal("3.20"), tea));
		Product black = products.save(new Product("TEA-BLACK", "Black tea", new BigDecimal("2.80"), tea));
		AppUser seller = users.save(new AppUser("linus", "Linus"));
		Customer customer = customers.save(new Customer("Margaret", "margaret@example.com"));
		Sale sale = new Sale(customer, seller);
		sale.addItem(green, 2);
		sale.addItem(black, 1);
		Long saleId = sales.save(sale).getId();
		entityManager.flush();
		entityManager.clear();

		Sale found = sales.findById(saleId).orElseThrow();
		assertThat(found.getSeller().getUsername()).isEqualTo("linus");
		assertThat(found.getCustomer().getEmail()).isEqualTo("margaret@example.com");
		assertThat(found.getItems()).extracting((item) -> item.getProduct().getSku(), SaleItem::getQuantity)
			.containsExactly(tuple("TEA-GREEN", 2),
					tuple("TEA-BLACK", 1));
		assertThat(found.total()).isEqualByComparingTo("9.20");
	}

	@Test
	void aPurchaseOrderAndItsBatchReferenceEachOtherAcrossTheCycle() {
		PurchaseOrder order = purchaseOrders.save(new PurchaseOrder("Initech"));
		Batch first = batches.save(order.receive("LOT-A", 5));
		Batch second = batches.save(order.receive("LOT-B", 7));
		entityManager.flush();
		entityManager.clear();

		PurchaseOrder found = purchaseOrders.findById(order.getId()).orElseThrow();
		assertThat(found.getCurrentBatch().getId()).isEqualTo(second.getId());
		assertThat(found.getCurrentBatch().getPurchaseOrder().getId()).isEqualTo(order.getId());
		assertThat(batches.findByPurchaseOrderOrderById(found)).extracting(Batch::getId)
			.containsExactly(first.getId(), second.getId());
	}

	@Test
	void aStockLevelInTheInventorySchemaReferencesAProductInTheDefaultSchemaOncePerProduct() {
		Category snacks = categories.save(Category.root("Snacks"));
		Product crisps = products.save(new Product("SN-CRISPS", "Crisps", new BigDecimal("1.50"), snacks));
		StockLevel level = stockLevels.save(new StockLevel(crisps, 40));
		level.add(2);
		entityManager.flush();
		entityManager.clear();

		assertThat(stockLevels.findByProduct(crisps)).get().extracting(StockLevel::getOnHand).isEqualTo(42);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> stockLevels.saveAndFlush(new StockLevel(crisps, 1)));
	}

	@Test
	void aSkuIsUniqueAcrossProducts() {
		Category toys = categories.save(Category.root("Toys"));
		products.saveAndFlush(new Product("TOY-1", "Yo-yo", BigDecimal.ONE, toys));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> products.saveAndFlush(new Product("TOY-1", "Kite", BigDecimal.TEN, toys)));
	}

	@Test
	void aCreditPaymentForAMissingCustomerIsRefusedByTheForeignKey() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> jdbc.update(
					"insert into credit_payments (customer_id, amount, created_at) values (?, ?, ?)", UUID.randomUUID(),
					new BigDecimal("10.00"), Timestamp.from(Instant.now())))
			.withRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class)
			.withMessageContaining("FK_CREDIT_PAYMENTS_CUSTOMER");
	}

	@Test
	void aSaleItemForAMissingProductIsRefusedByTheForeignKey() {
		AppUser seller = users.save(new AppUser("ken", "Ken"));
		Long saleId = sales.saveAndFlush(new Sale(null, seller)).getId();

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> jdbc.update(
					"insert into sale_items (sale_id, product_id, quantity, price) values (?, ?, 1, 1.00)", saleId,
					-1L))
			.withRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class)
			.withMessageContaining("FK_SALE_ITEMS_PRODUCT");
	}

	@Test
	void aBatchWithoutAPurchaseOrderIsRefusedBecauseThatSideOfTheCycleIsNotNull() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> jdbc.update(
					"insert into inventory.batches (id, code, quantity, received_at) values (-1, 'LOT-X', 1, ?)",
					Timestamp.from(Instant.now())))
			.withRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
	}

}
