package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.fixtures.check.bothsidesownassociation.Album;
import dev.schemabootstrap.fixtures.check.bothsidesownassociation.Course;
import dev.schemabootstrap.fixtures.check.bothsidesownassociation.Player;
import dev.schemabootstrap.fixtures.check.bothsidesownassociation.Student;
import dev.schemabootstrap.fixtures.check.bothsidesownassociation.Team;
import dev.schemabootstrap.fixtures.check.bothsidesownassociation.Track;

import static org.assertj.core.api.Assertions.assertThat;

class BothSidesOwnAssociationCheckTest {

	@Test
	void aOneToManyWithoutMappedByBesideItsManyToOne() {
		Finding finding = Analyses.single(
				Analyses.h2(Team.class, Player.class).findings().withId(FindingId.BOTH_SIDES_OWN_ASSOCIATION.id()),
				"Team.members");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.message()).contains("@OneToMany Team.members", "@ManyToOne Player.team", "join table",
				"column player.team_id");
		assertThat(finding.hint()).contains("mappedBy = \"team\" to Team.members");
	}

	@Test
	void twoManyToManySidesWithoutMappedBy() {
		Findings findings = Analyses.h2(Student.class, Course.class).findings().withId(FindingId.BOTH_SIDES_OWN_ASSOCIATION.id());
		assertThat(findings.asList()).extracting(Finding::subject).containsExactly("Course.students");
	}

	@Test
	void aMappedBySideIsFine() {
		assertThat(Analyses.h2(Album.class, Track.class).findings().asList()).isEmpty();
	}

}
