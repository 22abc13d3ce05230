package dev.schemabootstrap.sample;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.sample.inventory.BatchView;
import dev.schemabootstrap.sample.inventory.NewBatch;
import dev.schemabootstrap.sample.inventory.NewPurchaseOrder;
import dev.schemabootstrap.sample.inventory.PurchaseOrderView;
import dev.schemabootstrap.sample.inventory.Purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The sample on its {@code sqlite} profile: a real SQLite file, the schema created by Liquibase with every
 * foreign key inline, enforced on every connection.
 */
@SpringBootTest
@ActiveProfiles("sqlite")
class SqliteProfileTests {

	@TempDir
	static Path directory;

	@DynamicPropertySource
	static void sqliteFile(DynamicPropertyRegistry registry) {
		registry.add("SCHEMA_BOOTSTRAP_SQLITE_FILE", () -> directory.resolve("store.db").toString());
		registry.add("schema-bootstrap.changelog.output-dir", () -> directory.resolve("changelog").toString());
	}

	@Autowired
	SchemaBootstrapper bootstrapper;

	@Autowired
	Purchasing purchasing;

	@Autowired
	DataSource dataSource;

	@Test
	void createsEveryTableWithItsForeignKeysAndNoErrors() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<String> tables = jdbc.queryForList(
				"select name from sqlite_master where type = 'table' and name not like 'DATABASECHANGELOG%'"
						+ " and name not like 'sqlite_%' and name not like '%_seq'",
				String.class);
		assertThat(tables).containsExactlyInAnyOrder("users", "customers", "credit_payments", "categories",
				"products", "sales", "sale_items", "purchase_orders", "batches", "stock_levels");
		assertThat(jdbc.queryForList("select \"table\" from pragma_foreign_key_list('purchase_orders')", String.class))
			.containsExactly("batches");
		assertThat(jdbc.queryForObject("PRAGMA foreign_keys", Integer.class)).isEqualTo(1);
		assertThat(bootstrapper.getFindings().count(dev.schemabootstrap.finding.Severity.ERROR)).isZero();
	}

	@Test
	void writesBothSidesOfTheCycleAndRefusesABrokenReference() {
		PurchaseOrderView order = purchasing.order(new NewPurchaseOrder("Acme Beans"));
		BatchView batch = purchasing.receive(order.id(), new NewBatch("LOT-1", 12)).orElseThrow();
		assertThat(purchasing.find(order.id()).orElseThrow().currentBatch().id()).isEqualTo(batch.id());
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		assertThatException().isThrownBy(() -> jdbc.update("update purchase_orders set current_batch_id = 9999"))
			.withMessageContaining("FOREIGN KEY constraint failed");
	}

}
