package dev.schemabootstrap.sample;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties.ChangelogMode;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.check.Finding;
import dev.schemabootstrap.check.Severity;
import dev.schemabootstrap.sample.catalog.Category;
import dev.schemabootstrap.sample.catalog.CategoryRepository;
import dev.schemabootstrap.sample.catalog.Product;
import dev.schemabootstrap.sample.catalog.ProductRepository;
import dev.schemabootstrap.sample.inventory.PurchaseOrder;
import dev.schemabootstrap.sample.inventory.PurchaseOrderRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests on H2, production on PostgreSQL: the changelog owned for PostgreSQL ({@link PostgresqlChangelog}) is the
 * application's changelog in a {@code @DataJpaTest} on H2, the default. Liquibase applies it, Schema Bootstrap
 * verifies it, and there is no drift, nothing behind the model and no warning.
 */
@DataJpaTest
class PostgresqlChangelogOnH2Tests {

	@DynamicPropertySource
	static void ownedChangelog(DynamicPropertyRegistry registry) {
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
	void theRepositoriesWorkOnTheSchemaItBuilt() {
		Category tea = categories.save(Category.root("Tea"));
		products.saveAndFlush(new Product("TEA-GREEN", "Green tea", new BigDecimal("3.20"), tea));
		purchaseOrders.saveAndFlush(new PurchaseOrder("Initech"));

		assertThat(products.findAll()).extracting(Product::getSku).contains("TEA-GREEN");
	}

}
