package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.fixtures.check.circulardependency.Department;
import dev.schemabootstrap.fixtures.check.circulardependency.Employee;
import dev.schemabootstrap.fixtures.check.circulardependency.Husband;
import dev.schemabootstrap.fixtures.check.circulardependency.Wife;

import static org.assertj.core.api.Assertions.assertThat;

class CircularDependencyCheckTest {

	@Test
	void aCycleOfNotNullKeysIsAnError() {
		Finding finding = Analyses.single(
				Analyses.h2(Husband.class, Wife.class).findings().withId(FindingId.CIRCULAR_DEPENDENCY.id()), "husband, wife");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.message()).contains("husband -> wife by wife_id (Husband.wife), NOT NULL",
				"wife -> husband by husband_id (Wife.husband), NOT NULL", "no row can be inserted");
		assertThat(finding.hint()).contains("optional");
	}

	@Test
	void aNullableEdgeMakesTheCycleBreakable() {
		Finding finding = Analyses.single(
				Analyses.h2(Department.class, Employee.class).findings().withId(FindingId.CIRCULAR_DEPENDENCY.id()),
				"department, employee");
		assertThat(finding.severity()).isEqualTo(Severity.INFO);
		assertThat(finding.message()).contains("nullable", "adds FK", "of department afterwards");
	}

	@Test
	void aSelfReferenceIsNoCycle() {
		assertThat(Analyses.h2(Department.class, Employee.class).findings().withId(FindingId.CIRCULAR_DEPENDENCY.id())
			.asList()).hasSize(1);
	}

}
