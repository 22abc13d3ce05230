package dev.schemabootstrap.check;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/** Each model is stated beside what is asserted of it, compiled in the test ({@link CompiledEntities}). */
class BothSidesOwnAssociationCheckTest {

	@TempDir
	Path classes;

	@Test
	void aOneToManyWithoutMappedByBesideItsManyToOne() {
		// members has no mappedBy and Player.team owns the same relationship: a join table and a column.
		Findings findings = analyse("""
				@Entity
				public class Team {
					@Id Long id;
					@OneToMany List<Player> members;
				}
				""", """
				@Entity
				public class Player {
					@Id Long id;
					@ManyToOne Team team;
				}
				""").findings();

		Finding finding = Analyses.single(findings.withId(FindingId.BOTH_SIDES_OWN_ASSOCIATION.id()), "Team.members");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.message()).contains("@OneToMany Team.members", "@ManyToOne Player.team", "join table",
				"column player.team_id");
		assertThat(finding.hint()).contains("mappedBy = \"team\" to Team.members");
	}

	@Test
	void twoManyToManySidesWithoutMappedBy() {
		// Two join tables for one relationship.
		Findings findings = analyse("""
				@Entity
				public class Student {
					@Id Long id;
					@ManyToMany Set<Course> courses;
				}
				""", """
				@Entity
				public class Course {
					@Id Long id;
					@ManyToMany Set<Student> students;
				}
				""").findings().withId(FindingId.BOTH_SIDES_OWN_ASSOCIATION.id());

		assertThat(findings.asList()).extracting(Finding::subject).containsExactly("Course.students");
	}

	@Test
	void aMappedBySideIsFine() {
		Findings findings = analyse("""
				@Entity
				public class Album {
					@Id Long id;
					@OneToMany(mappedBy = "album") List<Track> tracks;
				}
				""", """
				@Entity
				public class Track {
					@Id Long id;
					@ManyToOne Album album;
				}
				""").findings();

		assertThat(findings.asList()).isEmpty();
	}

	private SchemaAnalysis analyse(String... sources) {
		return CompiledEntities.h2(classes, sources);
	}

}
