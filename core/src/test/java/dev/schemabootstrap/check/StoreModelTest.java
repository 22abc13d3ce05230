package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.fixtures.store.Batch;
import dev.schemabootstrap.fixtures.store.Category;
import dev.schemabootstrap.fixtures.store.CreditPayment;
import dev.schemabootstrap.fixtures.store.Customer;
import dev.schemabootstrap.fixtures.store.PurchaseOrder;

import static org.assertj.core.api.Assertions.assertThat;

class StoreModelTest {

	@Test
	void aRealisticCorrectModelHasNoErrorsOrWarnings() {
		SchemaAnalysis analysis = Analyses.h2(Batch.class, Category.class, CreditPayment.class, Customer.class,
				PurchaseOrder.class);
		assertThat(analysis.findings().atLeast(Severity.WARNING).asList()).isEmpty();
		assertThat(analysis.findings().asList()).extracting(Finding::id).containsExactly("circular-dependency");
	}

}
