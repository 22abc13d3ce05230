package dev.schemabootstrap.autoconfigure.endpoint;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapAutoConfiguration;
import dev.schemabootstrap.autoconfigure.endpoint.SchemaEndpoint.SchemaReport;
import dev.schemabootstrap.autoconfigure.fixtures.shop.ShopConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaEndpointTests {

	@TempDir
	Path outputDir;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
				SchemaBootstrapAutoConfiguration.class, SchemaEndpointAutoConfiguration.class))
		.withUserConfiguration(ShopConfiguration.class)
		.withPropertyValues("spring.datasource.generate-unique-name=true", "management.endpoints.web.exposure.include=schema");

	@Test
	void reportsTheUnitTheOrderTheCyclesAndTheChangelog() {
		contextRunner.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir).run((context) -> {
			SchemaReport report = context.getBean(SchemaEndpoint.class).report();
			assertThat(report.persistenceUnit().entities()).hasSize(3);
			assertThat(report.persistenceUnit().tablesBySchema()).containsOnlyKeys("(default)", "purchasing");
			assertThat(report.creationOrder()).containsExactly("purchasing.suppliers", "purchasing.purchase_orders",
					"batches");
			assertThat(report.cycles()).singleElement().satisfies((cycle) -> {
				assertThat(cycle.tables()).containsExactly("batches", "purchasing.purchase_orders");
				assertThat(cycle.brokenBy()).singleElement()
					.asString()
					.startsWith("purchasing.purchase_orders(current_batch_id) -> batches");
				assertThat(cycle.breakable()).isTrue();
			});
			assertThat(report.changelog().mode()).isEqualTo("generate");
			assertThat(report.changelog().pending()).isZero();
			assertThat(report.mermaid()).startsWith("erDiagram")
				.contains("purchasing_purchase_orders }o--o| batches : \"current_batch_id\"")
				.contains("batches }o--|| purchasing_purchase_orders : \"purchase_order_id\"");
		});
	}

	@Test
	void rendersTheSameReportAsAPageWithABoxPerTable() {
		contextRunner.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir).run((context) -> {
			assertThat(context).hasSingleBean(SchemaEndpointWebExtension.class);
			String page = context.getBean(SchemaEndpoint.class).html();
			assertThat(page).startsWith("<!DOCTYPE html>");
			for (String table : context.getBean(SchemaEndpoint.class).report().creationOrder()) {
				assertThat(page).containsOnlyOnce("<g class=\"table\" data-table=\"" + table + "\"");
			}
			assertThat(page).contains("class=\"fk cycle deferred\"")
				.contains("<title>purchasing.purchase_orders(current_batch_id) -&gt; batches [");
		});
	}

	@Test
	void isAbsentWhenNotExposed() {
		contextRunner.withPropertyValues("management.endpoints.web.exposure.include=health")
			.run((context) -> assertThat(context).doesNotHaveBean(SchemaEndpoint.class)
				.doesNotHaveBean(SchemaEndpointWebExtension.class));
	}

}
