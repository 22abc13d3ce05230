package dev.schemabootstrap.model.hibernate;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.fixtures.audited.Note;
import dev.schemabootstrap.model.EntityMapping;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.testing.H2Models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Envers adds an audit entity for each {@code @Audited} entity when Hibernate boots. It is a dynamic-map entity: it has
 * an entity name and a table, and no class. Its tables are the application's like any other.
 */
class EnversAuditEntitiesTests {

	@Test
	void auditEntityWithNoClassIsKnownByItsEntityNameAndItsTablesAreInTheModel() {
		SchemaModel model = H2Models.of(Note.class);
		assertThat(model.tables()).extracting((table) -> table.name().toString())
			.containsExactly("note", "note_aud", "revinfo");
		assertThat(model.entities()).extracting(EntityMapping::className, (entity) -> entity.table().toString())
			.contains(tuple(Note.class.getName(), "note"), tuple(Note.class.getName() + "_AUD", "note_aud"));
	}

	@Test
	void analysisOfAnAuditedEntityFindsNothing() {
		SchemaAnalysis analysis = SchemaAnalyzer.standard().analyze("org.hibernate.dialect.H2Dialect", Note.class);
		assertThat(analysis.findings().asList()).isEmpty();
	}

}
