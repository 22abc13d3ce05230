package dev.schemabootstrap.check;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each model is stated beside what is asserted of it, compiled in the test ({@link CompiledEntities}); Customer is
 * compiled beside it but, unless a test adds it, left out of the persistence unit.
 */
class UnresolvedReferenceCheckTest {

	private static final String CUSTOMER = "@Entity public class Customer { @Id Long id; }";

	private static final String INVOICE = """
			@Entity
			public class Invoice {
				@Id Long id;
				@ManyToOne Customer customer;
			}
			""";

	/** References Invoice: left out with it when Invoice is left out. */
	private static final String PAYMENT = """
			@Entity
			public class Payment {
				@Id Long id;
				@ManyToOne Invoice invoice;
			}
			""";

	@TempDir
	Path classes;

	@Test
	void anAssociationToAClassOutsideTheUnitIsReportedAndTheRestStillAnalysed() {
		// Tag is unrelated to the problem, with a problem of its own: a redundant index.
		SchemaAnalysis analysis = withoutCustomer(INVOICE, """
				@Entity
				@Table(indexes = @Index(name = "ix_tag_label", columnList = "label"))
				public class Tag {
					@Id Long id;
					@Column(unique = true) String label;
				}
				""");

		Finding finding = Analyses.single(analysis.findings().withId(FindingId.UNRESOLVED_REFERENCE.id()),
				"Invoice.customer");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.message()).contains("inline.Customer", "not an entity of the persistence unit");
		assertThat(finding.hint()).contains("Add Customer to the persistence unit");
		assertThat(analysis.findings().withId(FindingId.REDUNDANT_INDEX.id()).asList()).as("Tag is still analysed")
			.hasSize(1);
		assertThat(analysis.mapping().excludedClassNames()).containsExactly("inline.Invoice");
	}

	@Test
	void aClassReferencingALeftOutClassIsLeftOutWithoutAFindingOfItsOwn() {
		SchemaAnalysis analysis = withoutCustomer(INVOICE, PAYMENT);

		assertThat(analysis.findings().withId(FindingId.UNRESOLVED_REFERENCE.id()).asList()).extracting(Finding::subject)
			.containsExactly("Invoice.customer");
		assertThat(analysis.mapping().excludedClassNames()).contains("inline.Payment");
		assertThat(analysis.findings().asList().get(0).message()).contains("Payment");
	}

	@Test
	void aMappedByNamingNoAttributeIsReported() {
		SchemaAnalysis analysis = CompiledEntities.h2(classes, """
				@Entity
				public class Parent {
					@Id Long id;
					@OneToMany(mappedBy = "owner") List<Child> children;
				}
				""", """
				@Entity
				public class Child {
					@Id Long id;
					@ManyToOne Parent parent;
				}
				""");

		Finding finding = Analyses.single(analysis.findings().withId(FindingId.UNRESOLVED_REFERENCE.id()),
				"Parent.children");
		assertThat(finding.message()).contains("mappedBy \"owner\"", "Child has no attribute owner");
		assertThat(finding.hint()).contains("Set mappedBy");
	}

	@Test
	void aCollectionOfAClassOutsideTheUnitIsReported() {
		SchemaAnalysis analysis = withoutCustomer("""
				@Entity
				public class Library {
					@Id Long id;
					@OneToMany List<Customer> members;
				}
				""");

		Finding finding = Analyses.single(analysis.findings().withId(FindingId.UNRESOLVED_REFERENCE.id()),
				"Library.members");
		assertThat(finding.message()).contains("not an entity of the persistence unit");
	}

	@Test
	void referencesInsideTheUnitAreFine() {
		assertThat(CompiledEntities.h2(classes, INVOICE, CUSTOMER, PAYMENT).findings().asList()).isEmpty();
	}

	/** Compiles Customer beside the sources, and analyses the sources' classes without it. */
	private SchemaAnalysis withoutCustomer(String... sources) {
		List<Class<?>> compiled = CompiledEntities.compile(classes,
				Stream.concat(Stream.of(CUSTOMER), Stream.of(sources)).toArray(String[]::new));
		return Analyses.h2(compiled.subList(1, compiled.size()));
	}

}
