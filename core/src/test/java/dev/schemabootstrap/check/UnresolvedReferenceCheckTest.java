package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.fixtures.check.unresolvedreference.Child;
import dev.schemabootstrap.fixtures.check.unresolvedreference.Customer;
import dev.schemabootstrap.fixtures.check.unresolvedreference.Invoice;
import dev.schemabootstrap.fixtures.check.unresolvedreference.Library;
import dev.schemabootstrap.fixtures.check.unresolvedreference.Parent;
import dev.schemabootstrap.fixtures.check.unresolvedreference.Payment;
import dev.schemabootstrap.fixtures.check.unresolvedreference.Tag;

import static org.assertj.core.api.Assertions.assertThat;

class UnresolvedReferenceCheckTest {

	@Test
	void anAssociationToAClassOutsideTheUnitIsReportedAndTheRestStillAnalysed() {
		SchemaAnalysis analysis = Analyses.h2(Invoice.class, Tag.class);
		Finding finding = Analyses.single(analysis.findings().withId(FindingId.UNRESOLVED_REFERENCE.id()), "Invoice.customer");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.message()).contains(Customer.class.getName(), "not an entity of the persistence unit");
		assertThat(finding.hint()).contains("Add Customer to the persistence unit");
		assertThat(analysis.findings().withId(FindingId.REDUNDANT_INDEX.id()).asList()).as("Tag is still analysed")
			.hasSize(1);
		assertThat(analysis.mapping().excludedClassNames()).containsExactly(Invoice.class.getName());
	}

	@Test
	void aClassReferencingALeftOutClassIsLeftOutWithoutAFindingOfItsOwn() {
		SchemaAnalysis analysis = Analyses.h2(Invoice.class, Payment.class);
		assertThat(analysis.findings().withId(FindingId.UNRESOLVED_REFERENCE.id()).asList()).extracting(Finding::subject)
			.containsExactly("Invoice.customer");
		assertThat(analysis.mapping().excludedClassNames()).contains(Payment.class.getName());
		assertThat(analysis.findings().asList().get(0).message()).contains("Payment");
	}

	@Test
	void aMappedByNamingNoAttributeIsReported() {
		Finding finding = Analyses.single(
				Analyses.h2(Parent.class, Child.class).findings().withId(FindingId.UNRESOLVED_REFERENCE.id()),
				"Parent.children");
		assertThat(finding.message()).contains("mappedBy \"owner\"", "Child has no attribute owner");
		assertThat(finding.hint()).contains("Set mappedBy");
	}

	@Test
	void aCollectionOfAClassOutsideTheUnitIsReported() {
		Finding finding = Analyses.single(Analyses.h2(Library.class).findings().withId(FindingId.UNRESOLVED_REFERENCE.id()),
				"Library.members");
		assertThat(finding.message()).contains("not an entity of the persistence unit");
	}

	@Test
	void referencesInsideTheUnitAreFine() {
		assertThat(Analyses.h2(Invoice.class, Customer.class, Payment.class).findings().asList()).isEmpty();
	}

}
