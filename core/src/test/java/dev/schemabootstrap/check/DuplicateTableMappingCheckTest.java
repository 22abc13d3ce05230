package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.fixtures.check.duplicatetablemapping.Car;
import dev.schemabootstrap.fixtures.check.duplicatetablemapping.Customer;
import dev.schemabootstrap.fixtures.check.duplicatetablemapping.CustomerSummary;
import dev.schemabootstrap.fixtures.check.duplicatetablemapping.LegacyCustomer;
import dev.schemabootstrap.fixtures.check.duplicatetablemapping.Vehicle;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateTableMappingCheckTest {

	@Test
	void twoWritableClassesForOneTableAreAnError() {
		Finding finding = Analyses.single(Analyses.h2(Customer.class, LegacyCustomer.class, Vehicle.class, Car.class)
			.findings()
			.withId(FindingId.DUPLICATE_TABLE_MAPPING.id()), "customer");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.message()).contains(Customer.class.getName(), LegacyCustomer.class.getName());
		assertThat(finding.hint()).contains("one entity class per table");
	}

	@Test
	void anImmutableViewBesideOneWriterIsAWarning() {
		Finding finding = Analyses.single(
				Analyses.h2(Customer.class, CustomerSummary.class).findings().withId(FindingId.DUPLICATE_TABLE_MAPPING.id()),
				"customer");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.message()).contains("(@Immutable)");
	}

	@Test
	void aSingleTableHierarchyIsFine() {
		assertThat(Analyses.h2(Vehicle.class, Car.class).findings().asList()).isEmpty();
	}

}
