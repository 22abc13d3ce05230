package dev.schemabootstrap.sample;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties.ChangelogMode;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.sample.catalog.Category;
import dev.schemabootstrap.sample.catalog.CategoryRepository;
import dev.schemabootstrap.sample.catalog.Product;
import dev.schemabootstrap.sample.catalog.ProductRepository;
import dev.schemabootstrap.sample.inventory.PurchaseOrder;
import dev.schemabootstrap.sample.inventory.PurchaseOrderRepository;
import dev.schemabootstrap.sample.sales.Channel;
import dev.schemabootstrap.sample.sales.Sale;
import dev.schemabootstrap.sample.sales.SaleItem;
import dev.schemabootstrap.sample.sales.SaleRepository;
import dev.schemabootstrap.sample.user.AppUser;
import dev.schemabootstrap.sample.user.AppUserRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests on H2, production on PostgreSQL: the changelog owned for PostgreSQL ({@link PostgresqlChangelog}) is the
 * application's changelog in a {@code @DataJpaTest} on H2. Liquibase applies it, Schema Bootstrap verifies it, and
 * there is no drift, nothing behind the model and no warning; the sale's enum (a varchar with a check here, a native
 * enum in H2's model) and its item's quoted {@code "order"} column work as on PostgreSQL.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class PostgresqlChangelogOnH2Tests {

	/**
	 * A pooled in-memory H2 of its own rather than the slice's embedded one, which closes every connection: H2 2.4.240
	 * (Spring Boot's) forgets how to evaluate a check with an {@code in} list once the connection that created it is
	 * closed (h2database#4342, fixed in 2.5), and PostgreSQL's enum columns have such checks.
	 */
	@DynamicPropertySource
	static void ownedChangelog(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:owned-postgresql-changelog;DB_CLOSE_DELAY=-1");
		registry.add("spring.liquibase.change-log", PostgresqlChangelog::location);
	}

	@Autowired
	private SchemaBootstrapper bootstrapper;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CategoryRepository categories;

	@Autowired
	private ProductRepository products;

	@Autowired
	private PurchaseOrderRepository purchaseOrders;

	@Autowired
	private SaleRepository sales;

	@Autowired
	private AppUserRepository users;

	@Autowired
	private TestEntityManager entityManager;

	@Test
	void theOwnedPostgresqlChangelogIsVerifiedOnH2WithoutFindings() {
		assertThat(bootstrapper.getMode()).isEqualTo(ChangelogMode.VERIFY);
		assertThat(bootstrapper.isDriftChecked()).isTrue();
		assertThat(bootstrapper.getFindings().atLeast(Severity.WARNING).asList()).isEmpty();
		assertThat(bootstrapper.getFindings().stream().map(Finding::id)).doesNotContain("schema-drift",
				"changelog-behind-model", "pending-changesets");
		List<String> applied = jdbc.queryForList("select id from databasechangelog", String.class);
		assertThat(applied).contains("table-products");
	}

	@Test
	void theRepositoriesWorkOnTheSchemaItBuiltTheEnumAndTheQuotedColumnIncluded() {
		Category tea = categories.save(Category.root("Tea"));
		Product green = products.save(new Product("TEA-GREEN", "Green tea", new BigDecimal("3.20"), tea));
		purchaseOrders.save(new PurchaseOrder("Initech"));
		Sale sale = new Sale(null, users.save(new AppUser("ada", "Ada")));
		sale.setChannel(Channel.ONLINE);
		sale.addItem(green, 2);
		Long id = sales.saveAndFlush(sale).getId();
		entityManager.clear();

		Sale found = sales.findById(id).orElseThrow();
		assertThat(found.getChannel()).isEqualTo(Channel.ONLINE);
		assertThat(found.getItems()).extracting(SaleItem::getOrder).containsExactly(1);
		assertThat(jdbc.queryForObject("select channel from sales where id = ?", String.class, id)).isEqualTo("ONLINE");
	}

}
