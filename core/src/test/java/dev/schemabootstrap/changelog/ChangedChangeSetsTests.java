package dev.schemabootstrap.changelog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.testing.H2Database;
import dev.schemabootstrap.testing.ModelBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** A database built by one generated changelog, read against the changelog later entities generate. */
class ChangedChangeSetsTests {

	@TempDir
	Path directory;

	private static ModelBuilder first() {
		return ModelBuilder.model().tables("customer", "purchase").requiredFk("purchase", "customer");
	}

	private List<String> changedAfter(SchemaModel later) throws Exception {
		try (H2Database h2 = new H2Database()) {
			write(first().build());
			try (Liquibase liquibase = liquibase(h2)) {
				liquibase.update();
			}
			write(later);
			try (Liquibase liquibase = liquibase(h2)) {
				return ChangedChangeSets.find(liquibase);
			}
		}
	}

	@Test
	void aChangedEntityChangesTheChangesetOfItsTable() throws Exception {
		assertThat(changedAfter(first().column("customer", "email", "varchar(100)", true).build()))
			.containsExactly("table-customer");
	}

	@Test
	void theSameEntitiesOrANewOneChangeNothingApplied() throws Exception {
		assertThat(changedAfter(first().build())).isEmpty();
		assertThat(changedAfter(first().tables("invoice").build())).isEmpty();
	}

	private void write(SchemaModel model) throws Exception {
		Files.writeString(directory.resolve("generated.yaml"), new ChangelogWriter(ChangelogWriter.GENERATED_LOGICAL_PATH)
			.write(new CreationPlanner().plan(model), ChangelogFormat.YAML));
	}

	private Liquibase liquibase(H2Database h2) throws Exception {
		Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(h2.connect()));
		return new Liquibase("generated.yaml", new DirectoryResourceAccessor(directory), database);
	}

}
