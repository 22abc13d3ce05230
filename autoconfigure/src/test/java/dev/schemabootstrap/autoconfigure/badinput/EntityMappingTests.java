package dev.schemabootstrap.autoconfigure.badinput;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.schemabootstrap.autoconfigure.badinput.noid.NoIdConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entity Hibernate refuses outright: startup stops before any DDL with Hibernate's reason and what to do, and
 * nothing is written, neither to the database nor to the changelog output directory.
 */
class EntityMappingTests {

	@TempDir
	Path outputDir;

	@Test
	void entityWithoutAnId() throws Exception {
		String url = "jdbc:h2:mem:noid-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (Connection owner = DriverManager.getConnection(url, "sa", "")) {
			DatabaseSnapshot before = DatabaseSnapshot.of(owner);
			FailureAnalysis analysis = BadInputApplication
				.of(NoIdConfiguration.class, url, outputDir)
				.failsToStart();
			assertThat(analysis.getDescription()).isEqualTo("Hibernate could not map the entities: Entity"
					+ " 'dev.schemabootstrap.autoconfigure.badinput.noid.Ledger' has no identifier (every '@Entity'"
					+ " class must declare or inherit at least one '@Id' or '@EmbeddedId' property)");
			assertThat(analysis.getAction()).isEqualTo("Give the entity an identifier: an attribute annotated @Id"
					+ " (or @EmbeddedId for a composite key), declared or inherited from a @MappedSuperclass; a class"
					+ " that is not meant to be a table should not be an @Entity (use @Embeddable or"
					+ " @MappedSuperclass). Schema Bootstrap stopped before any DDL: nothing was changed in the"
					+ " database.");
			assertThat(DatabaseSnapshot.of(owner)).isEqualTo(before);
			assertThat(outputDir).isEmptyDirectory();
		}
	}

}
