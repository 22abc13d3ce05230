package dev.schemabootstrap.sample;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.sample.catalog.Category;
import dev.schemabootstrap.sample.catalog.Product;
import dev.schemabootstrap.sample.customer.CreditPayment;
import dev.schemabootstrap.sample.customer.Customer;
import dev.schemabootstrap.sample.inventory.Batch;
import dev.schemabootstrap.sample.inventory.PurchaseOrder;
import dev.schemabootstrap.sample.inventory.StockLevel;
import dev.schemabootstrap.sample.sales.Sale;
import dev.schemabootstrap.sample.sales.SaleItem;
import dev.schemabootstrap.sample.user.AppUser;

import static dev.schemabootstrap.test.SchemaAssertions.assertThat;

/**
 * The mapping checked in a plain unit test, without Spring and without a database, for every database the sample
 * runs on: what a user's build does to catch a bad mapping before any application starts.
 */
class StoreMappingTests {

	@ParameterizedTest
	@ValueSource(strings = { "org.hibernate.dialect.H2Dialect", "org.hibernate.dialect.PostgreSQLDialect",
			"org.hibernate.dialect.MariaDBDialect" })
	void theStoreMappingHasNoErrorOrWarningOnEveryServerDatabase(String dialect) {
		SchemaAnalysis analysis = SchemaAnalyzer.standard()
			.analyze(dialect, AppUser.class, Customer.class, CreditPayment.class, Category.class, Product.class,
					Sale.class, SaleItem.class, PurchaseOrder.class, Batch.class, StockLevel.class);
		assertThat(analysis).hasNoFindingsAtLeast(Severity.WARNING).hasFinding("circular-dependency");
	}

}
