package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.schemabootstrap.discover.EntityScanner;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.fixtures.check.entityoutsideunit.Forgotten;
import dev.schemabootstrap.fixtures.check.entityoutsideunit.Listed;

import static org.assertj.core.api.Assertions.assertThat;

class EntityOutsideUnitCheckTest {

	private final Set<String> scanned = new EntityScanner(getClass().getClassLoader())
		.scan(List.of(Listed.class.getPackageName()))
		.managedClassNames()
		.stream()
		.collect(Collectors.toSet());

	@Test
	void aScannedEntityMissingFromTheUnitIsReported() {
		Finding finding = Analyses.single(
				Analyses.h2(UnitEnvironment.NONE.withScannedEntityClassNames(scanned), Listed.class)
					.findings()
					.withId(FindingId.ENTITY_OUTSIDE_UNIT.id()),
				Forgotten.class.getName());
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.message()).contains("no table is created");
		assertThat(finding.hint()).contains("@EntityScan");
	}

	@Test
	void everyScannedEntityInTheUnitIsFine() {
		assertThat(Analyses.h2(UnitEnvironment.NONE.withScannedEntityClassNames(scanned), Listed.class,
				Forgotten.class).findings().asList()).isEmpty();
	}

}
