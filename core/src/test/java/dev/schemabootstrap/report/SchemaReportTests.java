package dev.schemabootstrap.report;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;

import static dev.schemabootstrap.testing.ModelBuilder.model;
import static org.assertj.core.api.Assertions.assertThat;

class SchemaReportTests {

	@Test
	void listsTablesBySchemaTheCreationOrderAndHowEachCycleIsBroken() {
		SchemaAnalysis analysis = SchemaAnalyzer.standard()
			.analyze(PersistenceUnit.of(), model().tables("shop.orders", "shop.batches", "notes")
				.requiredFk("shop.batches", "shop.orders")
				.optionalFk("shop.orders", "shop.batches")
				.build(), Map.of());
		Finding extra = new Finding("pending-changesets", Severity.ERROR, "db/changelog.yaml", "1 not applied", "apply");
		SchemaReport.Changelog changelog = new SchemaReport.Changelog("verify", "db/changelog.yaml", 3, 1);

		SchemaReport report = SchemaReport.of(analysis, analysis.findings().and(Findings.of(extra)), changelog);

		assertThat(report.persistenceUnit().tablesBySchema()).containsExactly(
				Map.entry(SchemaReport.DEFAULT_SCHEMA, List.of("notes")),
				Map.entry("shop", List.of("batches", "orders")));
		assertThat(report.creationOrder()).containsExactly("notes", "shop.orders", "shop.batches");
		assertThat(report.cycles()).singleElement().satisfies((cycle) -> {
			assertThat(cycle.tables()).containsExactly("shop.batches", "shop.orders");
			assertThat(cycle.brokenBy()).containsExactly("shop.orders(batches_id) -> shop.batches [fk_orders_batches_id]");
			assertThat(cycle.breakable()).isTrue();
		});
		assertThat(report.findings()).contains(extra).first().isEqualTo(extra);
		assertThat(report.changelog()).isEqualTo(changelog);
		assertThat(report.mermaid()).startsWith("erDiagram").contains("shop_batches }o--|| shop_orders");
	}

	@Test
	void keepsCredentialsOfAChangelogUrlOutOfTheReport() {
		assertThat(new SchemaReport.Changelog("verify", "https://deploy:s3cret@config.example/db/changelog.yaml", null,
				null).location()).isEqualTo("https://config.example/db/changelog.yaml");
		assertThat(new SchemaReport.Changelog("verify", "classpath:db/changelog.yaml", null, null).location())
			.isEqualTo("classpath:db/changelog.yaml");
	}

}
