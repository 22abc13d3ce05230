package dev.schemabootstrap.check;

import org.hibernate.MappingException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;

import dev.schemabootstrap.fixtures.check.conflictingcolumnmapping.Client;
import dev.schemabootstrap.fixtures.check.conflictingcolumnmapping.Contract;
import dev.schemabootstrap.fixtures.check.conflictingcolumnmapping.Offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ConflictingColumnMappingCheckTest {

	@Test
	void twoWritableAttributesOnOneColumnConflict() {
		Findings findings = Analyses.h2(Client.class, Contract.class).findings().withId(ConflictingColumnMappingCheck.ID);
		Finding code = Analyses.single(findings, "Contract.code");
		assertThat(code.severity()).isEqualTo(Severity.ERROR);
		assertThat(code.message()).contains("contract.code", "Contract.code and Contract.legacyCode");
		assertThat(code.hint()).contains("insertable = false, updatable = false", "Contract.legacyCode");
		assertThat(Analyses.single(findings, "Contract.client").message())
			.contains("Contract.client and Contract.clientId");
	}

	@Test
	void hibernateItselfRefusesTheMappingOnlyWhenBuildingTheSessionFactory() {
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
			.applySetting("hibernate.connection.url", "jdbc:h2:mem:conflicting-column-mapping")
			.build();
		try {
			Metadata metadata = new MetadataSources(registry).addAnnotatedClass(Client.class)
				.addAnnotatedClass(Contract.class)
				.buildMetadata();
			assertThatExceptionOfType(MappingException.class).isThrownBy(metadata::buildSessionFactory)
				.withMessageContaining("is duplicated in mapping");
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

	@Test
	void aReadOnlySecondMappingIsFine() {
		assertThat(Analyses.h2(Client.class, Offer.class).findings().asList()).isEmpty();
	}

}
