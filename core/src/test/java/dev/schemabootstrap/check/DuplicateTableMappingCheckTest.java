package dev.schemabootstrap.check;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/** Each model is stated beside what is asserted of it, compiled in the test ({@link CompiledEntities}). */
class DuplicateTableMappingCheckTest {

	private static final String CUSTOMER = """
			@Entity
			@Table(name = "customer")
			public class Customer {
				@Id Long id;
				String email;
			}
			""";

	@TempDir
	Path classes;

	@Test
	void twoWritableClassesForOneTableAreAnError() {
		Findings findings = duplicates(CUSTOMER, """
				@Entity
				@Table(name = "customer")
				public class LegacyCustomer {
					@Id Long id;
					String mail;
				}
				""");

		Finding finding = Analyses.single(findings, "customer");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.message()).contains("inline.Customer", "inline.LegacyCustomer");
		assertThat(finding.hint()).contains("one entity class per table");
	}

	@Test
	void anImmutableViewBesideOneWriterIsAWarning() {
		Findings findings = duplicates(CUSTOMER, """
				@Entity
				@org.hibernate.annotations.Immutable
				@Table(name = "customer")
				public class CustomerSummary {
					@Id Long id;
					String email;
				}
				""");

		Finding finding = Analyses.single(findings, "customer");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.message()).contains("(@Immutable)");
	}

	@Test
	void aSingleTableHierarchyIsFine() {
		// A single-table hierarchy shares its table by design.
		Findings findings = CompiledEntities.h2(classes, """
				@Entity
				@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
				public class Vehicle {
					@Id Long id;
				}
				""", """
				@Entity
				public class Car extends Vehicle {
					int doors;
				}
				""").findings();

		assertThat(findings.asList()).isEmpty();
	}

	private Findings duplicates(String... sources) {
		return CompiledEntities.h2(classes, sources).findings().withId(FindingId.DUPLICATE_TABLE_MAPPING.id());
	}

}
