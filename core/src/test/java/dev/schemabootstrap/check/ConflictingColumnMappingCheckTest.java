package dev.schemabootstrap.check;

import java.nio.file.Path;
import java.util.List;

import org.hibernate.MappingException;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Each model is stated beside what is asserted of it, compiled in the test ({@link CompiledEntities}). */
class ConflictingColumnMappingCheckTest {

	private static final String CLIENT = "@Entity public class Client { @Id Long id; }";

	/** code written twice; client_id written by the association and by the id attribute. */
	private static final String CONTRACT = """
			@Entity public class Contract {
				@Id Long id;
				@Column(name = "code") String code;
				@Column(name = "code") String legacyCode;
				@ManyToOne @JoinColumn(name = "client_id") Client client;
				@Column(name = "client_id") Long clientId;
			}""";

	private static final String INCIDENT = """
			@Entity public class Incident {
				@Id @GeneratedValue public Long id;
				@OneToMany(cascade = CascadeType.ALL) @JoinColumn(name = "incident_id")
				public List<Content> contents = new ArrayList<>();
			}""";

	private static final String CONTENT = """
			@Entity public class Content {
				@Id @GeneratedValue public Long id;
				@Column(name = "incident_id") public Long incidentId;
			}""";

	@TempDir
	Path directory;

	@Test
	void twoWritableAttributesOnOneColumnConflict() {
		Findings findings = conflicts(CLIENT, CONTRACT);
		Finding code = Analyses.single(findings, "Contract.code");
		assertThat(code.severity()).isEqualTo(Severity.ERROR);
		assertThat(code.message()).contains("contract.code", "Contract.code and Contract.legacyCode");
		assertThat(code.hint()).contains("insertable = false, updatable = false", "Contract.legacyCode");
		assertThat(Analyses.single(findings, "Contract.client").message())
			.contains("Contract.client and Contract.clientId");
	}

	@Test
	void hibernateItselfRefusesTheMappingOnlyWhenBuildingTheSessionFactory() {
		List<Class<?>> classes = CompiledEntities.compile(directory, CLIENT, CONTRACT);
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
				new BootstrapServiceRegistryBuilder().applyClassLoader(classes.get(0).getClassLoader()).build())
			.applySetting("hibernate.connection.url", "jdbc:h2:mem:conflicting-column-mapping")
			.build();
		try {
			Metadata metadata = new MetadataSources(registry).addAnnotatedClass(classes.get(0))
				.addAnnotatedClass(classes.get(1))
				.buildMetadata();
			assertThatExceptionOfType(MappingException.class).isThrownBy(metadata::buildSessionFactory)
				.withMessageContaining("is duplicated in mapping");
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

	@Test
	void anExplicitJoinColumnAndAnAttributeOfTheSameSnakeCaseNameAreAFindingNotHibernatesException() {
		String incident = "@Entity public class Incident { @Id Long id; }";
		String content = """
				@Entity public class Content { @Id Long id;
					@ManyToOne @JoinColumn(name = "incident_id") Incident incident; Long incidentId; }""";
		Finding finding = Analyses.single(conflicts(incident, content), "Content.incidentId");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.message()).contains("content.incident_id", "Content.incidentId and by Content.incident");
		// read-only alone does not help: the logical names still differ, and Hibernate still refuses them
		assertThat(conflicts(incident, content.replace("Long incidentId",
				"@Column(insertable = false, updatable = false) Long incidentId")).asList()).hasSize(1);
		assertThat(conflicts(incident, content.replace("Long incidentId",
				"@Column(name = \"incident_id\", insertable = false, updatable = false) Long incidentId")).asList())
			.isEmpty();
	}

	@Test
	void aReadOnlySecondMappingIsFine() {
		assertThat(CompiledEntities.h2(directory, CLIENT, """
				@Entity public class Offer {
					@Id Long id;
					@Column(name = "code") String code;
					@Column(name = "code", insertable = false, updatable = false) String legacyCode;
					@ManyToOne @JoinColumn(name = "client_id") Client client;
					@Column(name = "client_id", insertable = false, updatable = false) Long clientId;
				}""").findings().asList()).isEmpty();
	}


	@Test
	void aUnidirectionalCollectionAndAWritableChildAttributeBothWriteTheJoinColumn() {
		Finding finding = Analyses.single(conflicts(INCIDENT, CONTENT), "Incident.contents");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.message()).contains("content.incident_id", "@OneToMany Incident.contents",
				"Content.incidentId");
		assertThat(finding.hint()).contains("mappedBy", "insertable = false, updatable = false");
	}

	@Test
	void hibernateStartsWithBothWritersAndTheCollectionOverwritesTheChildsValue() throws Exception {
		List<Class<?>> classes = CompiledEntities.compile(directory, INCIDENT, CONTENT);
		Class<?> incidentClass = classes.get(0);
		Class<?> contentClass = classes.get(1);
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
				new BootstrapServiceRegistryBuilder().applyClassLoader(incidentClass.getClassLoader()).build())
			.applySetting("hibernate.connection.url", "jdbc:h2:mem:collection-and-child-write-one-column")
			.applySetting("hibernate.hbm2ddl.auto", "create-drop")
			.build();
		try (SessionFactory sessionFactory = new MetadataSources(registry).addAnnotatedClass(incidentClass)
			.addAnnotatedClass(contentClass)
			.buildMetadata()
			.buildSessionFactory()) {
			Object first = incidentClass.getDeclaredConstructor().newInstance();
			Object second = incidentClass.getDeclaredConstructor().newInstance();
			Object content = contentClass.getDeclaredConstructor().newInstance();
			sessionFactory.inTransaction((session) -> {
				session.persist(first);
				session.persist(second);
			});
			Object secondId = incidentClass.getField("id").get(second);
			contentClass.getField("incidentId").set(content, secondId);
			contents(incidentClass, first).add(content);
			sessionFactory.inTransaction((session) -> {
				session.merge(first);
			});
			Object stored = sessionFactory.fromTransaction((session) -> session
				.createNativeQuery("select incident_id from content", Long.class)
				.getSingleResult());
			assertThat(stored).isNotEqualTo(secondId).isEqualTo(incidentClass.getField("id").get(first));
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Object> contents(Class<?> incidentClass, Object incident) throws ReflectiveOperationException {
		return (List<Object>) incidentClass.getField("contents").get(incident);
	}

	@Test
	void aNotNullJoinColumnIsWrittenWithTheChildsInsertAndHibernateRefusesIt() {
		Finding finding = Analyses.single(conflicts(INCIDENT.replace("name = \"incident_id\"",
				"name = \"incident_id\", nullable = false"), CONTENT), "Content.incidentId");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.message()).contains("Content.incidentId and Incident.contents", "refuses to start");
	}

	@Test
	void aJoinTableAlsoMappedByAWritableEntityHasTwoWriters() {
		String incident = """
				@Entity public class Incident {
					@Id Long id;
					@OneToMany @JoinTable(name = "incident_content", joinColumns = @JoinColumn(name = "incident_id"),
							inverseJoinColumns = @JoinColumn(name = "content_id"))
					List<Content> contents;
					@ManyToMany @JoinTable(name = "incident_component", joinColumns = @JoinColumn(name = "incident_id"),
							inverseJoinColumns = @JoinColumn(name = "component_id"))
					List<Component> components;
				}""";
		Findings findings = conflicts(incident, "@Entity public class Content { @Id Long id; }",
				"@Entity public class Component { @Id Long id; }", """
						@Entity @Table(name = "incident_content") public class IncidentContent {
							@Id Long id;
							@Column(name = "incident_id") Long incidentId;
							@Column(name = "content_id") Long contentId;
						}""", """
						@Entity @Table(name = "incident_component") public class IncidentComponent {
							@Id Long id;
							@Column(name = "incident_id") Long incidentId;
							@Column(name = "component_id") Long componentId;
						}""");
		Finding oneToMany = Analyses.single(findings, "Incident.contents");
		assertThat(oneToMany.severity()).isEqualTo(Severity.WARNING);
		assertThat(oneToMany.message()).contains("Join table incident_content", "@OneToMany Incident.contents",
				"IncidentContent.incidentId");
		assertThat(oneToMany.hint()).contains("@Immutable");
		assertThat(Analyses.single(findings, "Incident.components").message())
			.contains("Join table incident_component", "@ManyToMany", "IncidentComponent.incidentId");
		assertThat(findings.size()).isEqualTo(2);
	}

	@Test
	void aJoinTableAndAChildColumnOutsideItAreNotOneColumnButTheLooseIdIsReported() {
		SchemaAnalysis analysis = CompiledEntities.h2(directory, INCIDENT.replace("@JoinColumn(name = \"incident_id\")",
				"@JoinTable(name = \"incident_content\", joinColumns = @JoinColumn(name = \"incident_id\"))"),
				CONTENT);
		assertThat(analysis.findings().withId(FindingId.CONFLICTING_COLUMN_MAPPING.id()).asList()).isEmpty();
		assertThat(analysis.findings().withId(FindingId.MISSING_FOREIGN_KEY.id()).asList()).extracting(Finding::subject)
			.containsExactly("content.incident_id");
	}

	@Test
	void aMappedByCollectionAReadOnlyChildAttributeAReadOnlyJoinColumnOrAnImmutableLinkEntityAreFine() {
		assertThat(conflicts("""
				@Entity public class Incident {
					@Id Long id;
					@OneToMany(mappedBy = "incident") List<Content> contents;
				}""", """
				@Entity public class Content {
					@Id Long id;
					@ManyToOne @JoinColumn(name = "incident_id") Incident incident;
					@Column(name = "incident_id", insertable = false, updatable = false) Long incidentId;
				}""").asList()).isEmpty();
		assertThat(conflicts(INCIDENT, CONTENT.replace("@Column(name = \"incident_id\")",
				"@Column(name = \"incident_id\", insertable = false, updatable = false)")).asList()).isEmpty();
		assertThat(conflicts(INCIDENT.replace("@JoinColumn(name = \"incident_id\")",
				"@JoinColumn(name = \"incident_id\", insertable = false, updatable = false)"), CONTENT).asList())
			.isEmpty();
		assertThat(conflicts("""
				@Entity public class Incident {
					@Id Long id;
					@ManyToMany @JoinTable(name = "incident_component", joinColumns = @JoinColumn(name = "incident_id"),
							inverseJoinColumns = @JoinColumn(name = "component_id"))
					List<Component> components;
				}""", "@Entity public class Component { @Id Long id; }", """
				@Entity @org.hibernate.annotations.Immutable @Table(name = "incident_component")
				public class IncidentComponent {
					@Id Long id;
					@Column(name = "incident_id") Long incidentId;
					@Column(name = "component_id") Long componentId;
				}""").asList()).isEmpty();
	}

	private Findings conflicts(String... sources) {
		return CompiledEntities.h2(directory, sources).findings().withId(FindingId.CONFLICTING_COLUMN_MAPPING.id());
	}

}
