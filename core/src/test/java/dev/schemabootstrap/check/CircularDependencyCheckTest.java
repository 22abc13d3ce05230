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
class CircularDependencyCheckTest {

	@TempDir
	Path classes;

	@Test
	void aCycleOfNotNullKeysIsAnError() {
		// Both references NOT NULL: no first row can ever be inserted.
		Findings findings = cycles("""
				@Entity
				public class Husband {
					@Id Long id;
					@OneToOne(optional = false) Wife wife;
				}
				""", """
				@Entity
				public class Wife {
					@Id Long id;
					@OneToOne(optional = false) Husband husband;
				}
				""");

		Finding finding = Analyses.single(findings, "husband, wife");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.message()).contains("husband -> wife by wife_id (Husband.wife), NOT NULL",
				"wife -> husband by husband_id (Wife.husband), NOT NULL", "no row can be inserted");
		assertThat(finding.hint()).contains("optional");
	}

	@Test
	void aNullableEdgeMakesTheCycleBreakable() {
		// The head reference is nullable; the manager self-reference is no cycle of its own.
		Findings findings = cycles("""
				@Entity
				public class Department {
					@Id Long id;
					@ManyToOne Employee head;
				}
				""", """
				@Entity
				public class Employee {
					@Id Long id;
					@ManyToOne(optional = false) Department department;
					@ManyToOne Employee manager;
				}
				""");

		Finding finding = Analyses.single(findings, "department, employee");
		assertThat(finding.severity()).isEqualTo(Severity.INFO);
		assertThat(finding.message()).contains("nullable", "adds FK", "of department afterwards");
		assertThat(findings.size()).isEqualTo(1);
	}

	@Test
	void aSelfReferenceAndAOneWayReferenceAreNoCycle() {
		Findings findings = cycles("""
				@Entity
				public class Department {
					@Id Long id;
				}
				""", """
				@Entity
				public class Employee {
					@Id Long id;
					@ManyToOne(optional = false) Department department;
					@ManyToOne Employee manager;
				}
				""");

		assertThat(findings.asList()).isEmpty();
	}

	private Findings cycles(String... sources) {
		return CompiledEntities.h2(classes, sources).findings().withId(FindingId.CIRCULAR_DEPENDENCY.id());
	}

}
