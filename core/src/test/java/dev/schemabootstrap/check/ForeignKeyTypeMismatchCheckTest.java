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
class ForeignKeyTypeMismatchCheckTest {

	private static final String EVENT = "@Entity public class Event { @Id Long id; }";

	private static final String COUNTRY = "@Entity public class Country { @Id @Column(length = 2) String code; }";

	@TempDir
	Path classes;

	@Test
	void aVarcharReferencingABigintIsAnError() {
		// The join column's definition makes it a varchar referencing a bigint.
		Findings findings = mismatches(EVENT, """
				@Entity
				public class Ticket {
					@Id Long id;
					@ManyToOne @JoinColumn(name = "event_id", columnDefinition = "varchar(36)") Event event;
				}
				""");

		Finding finding = Analyses.single(findings, "ticket.event_id");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.message()).contains("(Ticket.event) is varchar(36)", "event.id, which is bigint");
		assertThat(finding.hint()).contains("remove columnDefinition", "Ticket.event");
		assertThat(findings.size()).isEqualTo(1);
	}

	@Test
	void anotherLengthOfTheSameTypeIsAWarning() {
		Findings findings = mismatches(COUNTRY, """
				@Entity
				public class Address {
					@Id Long id;
					@ManyToOne @JoinColumn(name = "country_code", columnDefinition = "varchar(3)") Country country;
				}
				""");

		Finding finding = Analyses.single(findings, "address.country_code");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.message()).contains("varchar(3)", "varchar(2)");
		assertThat(findings.size()).isEqualTo(1);
	}

	@Test
	void aJoinColumnWithTheReferencedTypeIsFine() {
		// Without a columnDefinition the join columns take the referenced keys' types.
		Findings findings = mismatches(EVENT, COUNTRY, """
				@Entity
				public class Seat {
					@Id Long id;
					@ManyToOne Event event;
					@ManyToOne @JoinColumn(name = "country_code") Country country;
				}
				""");

		assertThat(findings.asList()).isEmpty();
	}

	private Findings mismatches(String... sources) {
		return CompiledEntities.h2(classes, sources).findings().withId(FindingId.FOREIGN_KEY_TYPE_MISMATCH.id());
	}

}
