package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.fixtures.check.duplicateentityname.Order;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateEntityNameCheckTest {

	@Test
	void twoClassesWithOneEntityNameAreReportedAndTheRestStillAnalysed() {
		SchemaAnalysis analysis = Analyses.h2(dev.schemabootstrap.fixtures.check.duplicateentityname.sales.Customer.class,
				dev.schemabootstrap.fixtures.check.duplicateentityname.crm.Customer.class, Order.class);
		Finding finding = Analyses.single(analysis.findings().withId(FindingId.DUPLICATE_ENTITY_NAME.id()), "Customer");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.message()).contains("duplicateentityname.crm.Customer",
				"duplicateentityname.sales.Customer", "Hibernate refuses to start");
		assertThat(finding.hint()).contains("@Entity(name");
		assertThat(analysis.model().entities()).extracting((entity) -> entity.entityName())
			.containsExactly("Order", "Customer");
	}

	@Test
	void theSameSimpleNameWithAnotherEntityNameIsFine() {
		SchemaAnalysis analysis = Analyses.h2(dev.schemabootstrap.fixtures.check.duplicateentityname.sales.Customer.class,
				dev.schemabootstrap.fixtures.check.duplicateentityname.archive.Customer.class);
		assertThat(analysis.findings().asList()).isEmpty();
	}

}
