package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.fixtures.check.multiplepersistenceunits.crm.Buyer;
import dev.schemabootstrap.fixtures.check.multiplepersistenceunits.orders.Basket;
import dev.schemabootstrap.fixtures.check.multiplepersistenceunits.orders.Purchase;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.testing.H2Models;

import static org.assertj.core.api.Assertions.assertThat;

class MultiplePersistenceUnitsCheckTest {

	private final UnitModel crm = SchemaAnalyzer.model(PersistenceUnit.of(Buyer.class), H2Models.SETTINGS,
			getClass().getClassLoader());

	@Test
	void unitsReferencingEachOtherAreAnError() {
		UnitEnvironment environment = UnitEnvironment.NONE.withOtherUnits(List.of(new OtherUnit("crm", crm)));
		Findings findings = Analyses.h2(environment, Purchase.class, Basket.class)
			.findings()
			.withId(FindingId.MULTIPLE_PERSISTENCE_UNITS.id());
		Finding reference = Analyses.single(findings, "Purchase.buyer");
		assertThat(reference.severity()).isEqualTo(Severity.ERROR);
		assertThat(reference.message()).contains(Buyer.class.getName(), "persistence unit crm");
		assertThat(Analyses.single(findings, "persistence-unit").severity()).isEqualTo(Severity.WARNING);
	}

	@Test
	void sharingATableIsAnError() {
		UnitEnvironment environment = UnitEnvironment.NONE.withOtherUnits(List.of(new OtherUnit("crm", crm)));
		Findings findings = Analyses.h2(environment, Buyer.class).findings().withId(FindingId.MULTIPLE_PERSISTENCE_UNITS.id());
		assertThat(Analyses.single(findings, "buyer").severity()).isEqualTo(Severity.ERROR);
	}

	@Test
	void independentUnitsAreOnlyAWarning() {
		UnitEnvironment environment = UnitEnvironment.NONE.withOtherUnits(List.of(new OtherUnit("crm", crm)));
		assertThat(Analyses.h2(environment, Basket.class).findings().asList()).extracting(Finding::severity)
			.containsExactly(Severity.WARNING);
	}

	@Test
	void oneUnitIsFine() {
		assertThat(Analyses.h2(Basket.class).findings().asList()).isEmpty();
	}

}
