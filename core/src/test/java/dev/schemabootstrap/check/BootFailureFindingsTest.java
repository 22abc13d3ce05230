package dev.schemabootstrap.check;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.hibernate.MappingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Mappings Hibernate refuses at boot: each one is a finding with a catalogue id, the rest of the unit is still
 * analysed (the unrelated {@code Bystander} keeps its own finding), and no Hibernate exception leaves the
 * analyzer. The mappings no id fits stay exceptions whose message names the class and the rule broken.
 */
class BootFailureFindingsTest {

	/** An entity with a finding of its own, so a test sees that the rest of the unit was analysed. */
	private static final String BYSTANDER = "@Entity public class Bystander { @Id Long id; Long customerId; }";

	private static final String CUSTOMER = "@Entity public class Customer { @Id Long id; }";

	@TempDir
	Path directory;

	static Stream<Arguments> refusedMappings() {
		return Stream.of(
				Arguments.of("many-to-one and a plain id on one column", FindingId.CONFLICTING_COLUMN_MAPPING.id(),
						"Content.incidentId", new String[] { "@Entity public class Incident { @Id Long id; }", """
								@Entity public class Content { @Id Long id;
									@ManyToOne @JoinColumn(name = "incident_id") Incident incident; Long incidentId; }""" }),
				Arguments.of("parent's join column and a child's plain id", FindingId.CONFLICTING_COLUMN_MAPPING.id(),
						"Content.incidentId", new String[] { """
								@Entity public class Incident { @Id Long id;
									@OneToMany @JoinColumn(name = "incident_id") List<Content> contents; }""",
								"@Entity public class Content { @Id Long id; Long incidentId; }" }),
				Arguments.of("explicit column and an attribute of the same snake-case name",
						FindingId.CONFLICTING_COLUMN_MAPPING.id(), "Incident.other", new String[] {
								"@Entity public class Incident { @Id Long id; String fooBar; @Column(name = \"foo_bar\") String other; }" }),
				Arguments.of("one column name twice", FindingId.CONFLICTING_COLUMN_MAPPING.id(), "Incident.a", new String[] {
						"@Entity public class Incident { @Id Long id; @Column(name = \"code\") String a; @Column(name = \"code\") String b; }" }),
				Arguments.of("two embedded values with one column", FindingId.CONFLICTING_COLUMN_MAPPING.id(),
						"Incident.home.street", new String[] { "@Embeddable public class Address { String street; }",
								"@Entity public class Incident { @Id Long id; @Embedded Address home; @Embedded Address work; }" }),
				Arguments.of("many-to-one to a class that is no entity", FindingId.UNRESOLVED_REFERENCE.id(), "Incident.plain",
						new String[] { "@Entity public class Incident { @Id Long id; @ManyToOne Plain plain; }",
								"public class Plain { Long id; }" }),
				Arguments.of("one-to-many of a value type", FindingId.UNRESOLVED_REFERENCE.id(), "Incident.names",
						new String[] { "@Entity public class Incident { @Id Long id; @OneToMany List<String> names; }" }),
				Arguments.of("mappedBy naming no attribute", FindingId.UNRESOLVED_REFERENCE.id(), "Incident.contents",
						new String[] { """
								@Entity public class Incident { @Id Long id;
									@OneToMany(mappedBy = "missing") List<Content> contents; }""",
								"@Entity public class Content { @Id Long id; }" }),
				Arguments.of("mappedBy naming a basic attribute", FindingId.UNRESOLVED_REFERENCE.id(), "Incident.content",
						new String[] { "@Entity public class Incident { @Id Long id; @OneToOne(mappedBy = \"incident\") Content content; }",
								"@Entity public class Content { @Id Long id; String incident; }" }),
				Arguments.of("two entities with one name", FindingId.DUPLICATE_ENTITY_NAME.id(), "Incident", new String[] {
						"@Entity(name = \"Incident\") public class Incident { @Id Long id; }",
						"@Entity(name = \"Incident\") public class Content { @Id Long id; }" }));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedMappings")
	void aMappingHibernateRefusesIsAFindingAndTheRestIsStillAnalysed(String description, String id, String subject,
			String[] sources) {
		SchemaAnalysis analysis = CompiledEntities.h2(directory, withBystander(sources));
		Finding finding = Analyses.single(analysis.findings().withId(id), subject);
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.hint()).isNotBlank();
		assertThat(analysis.findings().withId(FindingId.MISSING_FOREIGN_KEY.id()).asList())
			.anySatisfy((other) -> assertThat(other.subject()).contains("bystander"));
	}

	@Test
	void theDuplicateColumnFindingNamesTheEntityBothAttributesTheColumnAndTheFix() {
		SchemaAnalysis analysis = CompiledEntities.h2(directory, "@Entity public class Incident { @Id Long id; }", """
				@Entity public class Content { @Id Long id;
					@ManyToOne @JoinColumn(name = "incident_id") Incident incident; Long incidentId; }""");
		Finding finding = Analyses.single(analysis.findings().withId(FindingId.CONFLICTING_COLUMN_MAPPING.id()),
				"Content.incidentId");
		assertThat(finding.message()).contains("content.incident_id", "Content.incidentId", "Content.incident",
				"refuses to start", "Content is left out");
		assertThat(finding.hint()).contains("@Column(name = \"incident_id\", insertable = false, updatable = false)",
				"Content.incidentId", "remove the duplicate");
		assertThat(analysis.model().tablesByName().keySet()).anySatisfy(
				(table) -> assertThat(table.toString()).isEqualTo("incident"));
	}

	@Test
	void aCollectionOfValuesIsToldToBeAnElementCollection() {
		SchemaAnalysis analysis = CompiledEntities.h2(directory,
				"@Entity public class Incident { @Id Long id; @OneToMany List<String> names; }");
		Finding finding = Analyses.single(analysis.findings().withId(FindingId.UNRESOLVED_REFERENCE.id()), "Incident.names");
		assertThat(finding.message()).contains("java.lang.String");
		assertThat(finding.hint()).contains("@ElementCollection").doesNotContain("persistence unit");
	}

	@Test
	void aMappedByNamingABasicAttributeSaysItIsNoAssociation() {
		SchemaAnalysis analysis = CompiledEntities.h2(directory,
				"@Entity public class Incident { @Id Long id; @OneToOne(mappedBy = \"incident\") Content content; }",
				"@Entity public class Content { @Id Long id; String incident; }");
		Finding finding = Analyses.single(analysis.findings().withId(FindingId.UNRESOLVED_REFERENCE.id()), "Incident.content");
		assertThat(finding.message()).contains("Content.incident is not an association");
		assertThat(finding.hint()).contains("@ManyToOne or @OneToOne Incident");
	}

	@Test
	void theFixedMappingsAreSilent() {
		SchemaAnalysis analysis = CompiledEntities.h2(directory, """
				@Entity public class Incident { @Id Long id;
					@OneToMany @JoinColumn(name = "incident_id") List<Content> contents; }""", """
				@Entity public class Content { @Id Long id;
					@Column(name = "incident_id", insertable = false, updatable = false) Long incidentId; }""", """
				@Entity public class Note { @Id Long id;
					@ManyToOne @JoinColumn(name = "incident_id") Incident incident;
					@Column(name = "incident_id", insertable = false, updatable = false) Long incidentId; }""");
		assertThat(analysis.findings().atLeast(Severity.ERROR).asList()).isEmpty();
		assertThat(analysis.findings().withId(FindingId.CONFLICTING_COLUMN_MAPPING.id()).asList()).isEmpty();
	}

	static Stream<Arguments> refusedMappingsWithoutAnId() {
		return Stream.of(
				Arguments.of("no identifier", "Entity 'inline.Incident' has no identifier",
						new String[] { "@Entity public class Incident { Long id; String name; }" }),
				Arguments.of("@IdClass property without an @Id", "'inline.Incident.b' belongs to an '@IdClass'",
						new String[] { "public class IncidentKey { Long a; Long b; }",
								"@Entity @IdClass(IncidentKey.class) public class Incident { @Id Long a; @Id Long c; }" }),
				Arguments.of("referencedColumnName naming no column", "references a column named 'nope'",
						new String[] { """
								@Entity public class Incident { @Id Long id;
									@ManyToOne @JoinColumn(name = "parent_id", referencedColumnName = "nope") Incident parent; }""" }));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedMappingsWithoutAnId")
	void aMappingNoFindingIdFitsStaysAnExceptionNamingTheClassAndTheRule(String description, String message,
			String[] sources) {
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> CompiledEntities.h2(directory, withBystander(sources)))
			.withMessageContaining(message);
	}

	private static String[] withBystander(String[] sources) {
		return Stream.concat(Stream.of(sources), Stream.of(BYSTANDER, CUSTOMER)).toArray(String[]::new);
	}

}
