package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.fixtures.check.missingforeignkey.Category;
import dev.schemabootstrap.fixtures.check.missingforeignkey.Product;
import dev.schemabootstrap.fixtures.check.missingforeignkey.Shipment;
import dev.schemabootstrap.fixtures.check.missingforeignkey.Warehouse;

import static org.assertj.core.api.Assertions.assertThat;

class MissingForeignKeyCheckTest {

	private final Findings findings = Analyses.h2(Warehouse.class, Category.class, Shipment.class, Product.class)
		.findings()
		.withId(MissingForeignKeyCheck.ID);

	@Test
	void aPlainColumnNamedAfterATableWithItsKeyTypeLacksAForeignKey() {
		Finding finding = Analyses.single(findings, "shipment.warehouse_id");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.message()).contains("(Shipment.warehouseId)", "warehouse.id", "bigint", "no foreign key");
		assertThat(finding.hint()).contains("@ManyToOne @JoinColumn(name = \"warehouse_id\")",
				"missing-foreign-key:shipment.warehouse_id");
	}

	@Test
	void aQualifiedNameEndingInATableNameIsAReferenceToo() {
		assertThat(Analyses.single(findings, "product.parent_category_id").message()).contains("category.id");
	}

	@Test
	void columnsWithoutAMatchingTableOrTypeAndRealAssociationsAreFine() {
		assertThat(findings.asList()).extracting(Finding::subject)
			.containsExactly("product.parent_category_id", "shipment.warehouse_id");
	}

}
