package dev.schemabootstrap.drift;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.testing.H2Models;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables a library of the application creates itself with its own schema script (here Spring Session JDBC's, as its
 * schema-h2.sql makes them) are left out of the live schema read for a model that names them as library tables, and
 * are drift like any other table for a model that does not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryTablesDriftTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	private static final SchemaModel MODEL = H2Models.of(StoreDriftScenario.STORE);

	@BeforeAll
	void createTheModelsTablesThenTheLibrarys() throws Exception {
		String changelog = new ChangelogWriter("store.yaml").write(new CreationPlanner().plan(MODEL),
				ChangelogFormat.YAML);
		LiquibaseRunner.update(database.connect(), changelog, "store.yaml");
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("""
					CREATE TABLE SPRING_SESSION (PRIMARY_ID CHAR(36) NOT NULL, SESSION_ID CHAR(36) NOT NULL,
					  CREATION_TIME BIGINT NOT NULL, CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID))""");
			statement.execute("""
					CREATE TABLE SPRING_SESSION_ATTRIBUTES (SESSION_PRIMARY_ID CHAR(36) NOT NULL,
					  ATTRIBUTE_NAME VARCHAR(200) NOT NULL, ATTRIBUTE_BYTES LONGVARBINARY NOT NULL,
					  CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
					  CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID)
					    REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE)""");
		}
	}

	@Test
	void aLibrarysTablesAreNoDriftForAModelThatNamesThem() throws Exception {
		SchemaModel model = MODEL.withLibraryTables(List.of("SPRING_SESSION", "spring_session_attributes"));
		try (Connection connection = database.connect()) {
			assertThat(new DriftDetector().detect(model, connection).asList()).isEmpty();
			assertThat(new LiveSchemaReader().read(connection, model).tables())
				.noneMatch((table) -> table.name().name().toLowerCase(Locale.ROOT).startsWith("spring_session"));
		}
	}

	@Test
	void theSameTablesAreDriftForAModelThatDoesNotNameThem() throws Exception {
		try (Connection connection = database.connect()) {
			assertThat(new DriftDetector().detect(MODEL, connection).asList()).extracting(Finding::subject)
				.containsExactly("spring_session", "spring_session_attributes");
		}
	}

	@Test
	void libraryTablesAreKeptInLowerCaseAndSorted() {
		assertThat(MODEL.withLibraryTables(Set.of("QRTZ_LOCKS", "BATCH_JOB_INSTANCE")).libraryTables())
			.containsExactly("batch_job_instance", "qrtz_locks");
	}

}
