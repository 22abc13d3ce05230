package dev.schemabootstrap.drift;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.fixtures.check.unindexedforeignkey.Post;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.testing.H2Models;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hint of a missing table names no changeset: the application's own changelog (verify mode) or a per-stage
 * generated one has none named after the table.
 */
class MissingTableHintTests {

	@Test
	void aMissingTableIsToBeCreatedByTheChangelogWithoutNamingAChangesetIt() {
		SchemaModel model = H2Models.of(Post.class);
		SchemaModel empty = new SchemaModel("H2", List.of(), List.of(), List.of());
		Finding missing = new DriftDetector().detect(model, empty)
			.stream()
			.filter((finding) -> finding.message().startsWith("Table post is missing"))
			.findFirst()
			.orElseThrow();
		assertThat(missing.hint()).isEqualTo("Apply the changelog; if none of its changesets creates the table, add"
				+ " a createTable changeset (Schema Bootstrap writes the ones the application's changelog lacks for"
				+ " review); if the entity is obsolete, remove entity Post.");
	}

}
