package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.fixtures.check.foreignkeytypemismatch.Address;
import dev.schemabootstrap.fixtures.check.foreignkeytypemismatch.Country;
import dev.schemabootstrap.fixtures.check.foreignkeytypemismatch.Event;
import dev.schemabootstrap.fixtures.check.foreignkeytypemismatch.Seat;
import dev.schemabootstrap.fixtures.check.foreignkeytypemismatch.Ticket;

import static org.assertj.core.api.Assertions.assertThat;

class ForeignKeyTypeMismatchCheckTest {

	private final Findings findings = Analyses
		.h2(Event.class, Ticket.class, Country.class, Address.class, Seat.class)
		.findings()
		.withId(FindingId.FOREIGN_KEY_TYPE_MISMATCH.id());

	@Test
	void aVarcharReferencingABigintIsAnError() {
		Finding finding = Analyses.single(findings, "ticket.event_id");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.message()).contains("(Ticket.event) is varchar(36)", "event.id, which is bigint");
		assertThat(finding.hint()).contains("remove columnDefinition", "Ticket.event");
	}

	@Test
	void anotherLengthOfTheSameTypeIsAWarning() {
		Finding finding = Analyses.single(findings, "address.country_code");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.message()).contains("varchar(3)", "varchar(2)");
	}

	@Test
	void aJoinColumnWithTheReferencedTypeIsFine() {
		assertThat(findings.asList()).extracting(Finding::subject).doesNotContain("seat.event_id").hasSize(2);
	}

}
