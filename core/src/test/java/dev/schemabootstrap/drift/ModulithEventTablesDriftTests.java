package dev.schemabootstrap.drift;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.fixtures.modulith.EventPublication;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.testing.H2Models;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Modulith's JDBC event publication registry creates its own tables
 * ({@code spring.modulith.events.jdbc.schema-initialization.enabled}); no entity maps them. As for Flyway's history,
 * they are not drift. Found on odrotbohm/spring-restbucks, whose newest commits use that registry: each test context
 * reported {@code schema-drift} WARNING "Table event_publication exists in the database but not in the model", with
 * a fix (drop it) that would have broken the application. With Modulith's JPA registry an entity maps
 * {@code event_publication}, and the table is compared like any other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModulithEventTablesDriftTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	private static final SchemaModel MODEL = H2Models.of(StoreDriftScenario.STORE);

	/** Spring Modulith 2.0's schema-h2.sql and schema-h2-archive.sql (events/jdbc/schemas/v2), as it runs them. */
	private static final String[] MODULITH_SCHEMA = { """
			CREATE TABLE IF NOT EXISTS EVENT_PUBLICATION
			(
			  ID                     UUID NOT NULL,
			  COMPLETION_DATE        TIMESTAMP(9) WITH TIME ZONE,
			  EVENT_TYPE             VARCHAR(512) NOT NULL,
			  LISTENER_ID            VARCHAR(512) NOT NULL,
			  PUBLICATION_DATE       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
			  SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
			  STATUS                 VARCHAR(20),
			  COMPLETION_ATTEMPTS    INT,
			  LAST_RESUBMISSION_DATE TIMESTAMP(9) WITH TIME ZONE,
			  PRIMARY KEY (ID)
			)""",
			"CREATE INDEX IF NOT EXISTS EVENT_PUBLICATION_BY_LISTENER_ID_AND_SERIALIZED_EVENT_IDX ON EVENT_PUBLICATION (LISTENER_ID, SERIALIZED_EVENT)",
			"CREATE INDEX IF NOT EXISTS EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX ON EVENT_PUBLICATION (COMPLETION_DATE)",
			"""
					CREATE TABLE IF NOT EXISTS EVENT_PUBLICATION_ARCHIVE
					(
					  ID                     UUID NOT NULL,
					  COMPLETION_DATE        TIMESTAMP(9) WITH TIME ZONE,
					  EVENT_TYPE             VARCHAR(512) NOT NULL,
					  LISTENER_ID            VARCHAR(512) NOT NULL,
					  PUBLICATION_DATE       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
					  SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
					  STATUS                 VARCHAR(20),
					  COMPLETION_ATTEMPTS    INT,
					  LAST_RESUBMISSION_DATE TIMESTAMP(9) WITH TIME ZONE,
					  PRIMARY KEY (ID)
					)""" };

	@BeforeAll
	void createTheModelsTablesThenModuliths() throws Exception {
		String changelog = new ChangelogWriter("store.yaml").write(new CreationPlanner().plan(MODEL),
				ChangelogFormat.YAML);
		LiquibaseRunner.update(database.connect(), changelog, "store.yaml");
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			for (String sql : MODULITH_SCHEMA) {
				statement.execute(sql);
			}
		}
	}

	@Test
	void modulithsTablesAreNoDriftWhenNoEntityMapsThem() throws Exception {
		try (Connection connection = database.connect()) {
			Findings findings = new DriftDetector().detect(MODEL, connection);
			assertThat(findings.asList()).as(findings.toString()).isEmpty();
			assertThat(new LiveSchemaReader().read(connection, MODEL).tables())
				.noneMatch((table) -> table.name().name().toLowerCase(Locale.ROOT).startsWith("event_publication"));
		}
	}

	@Test
	void modulithsTableIsComparedWhenAnEntityMapsIt() throws Exception {
		SchemaModel mapped = H2Models.of(
				Stream.concat(Stream.of(StoreDriftScenario.STORE), Stream.of(EventPublication.class)).toArray(Class<?>[]::new));
		try (Connection connection = database.connect()) {
			assertThat(new LiveSchemaReader().read(connection, mapped).tables())
				.anyMatch((table) -> table.name().name().equalsIgnoreCase("event_publication"))
				.noneMatch((table) -> table.name().name().equalsIgnoreCase("event_publication_archive"));
			// The entity maps three of its columns: the others are what the database has beyond the model.
			Findings findings = new DriftDetector().detect(mapped, connection);
			assertThat(findings.stream().map(Finding::subject)).as(findings.toString())
				.contains("event_publication.serialized_event")
				.noneMatch((subject) -> subject.startsWith("event_publication_archive"));
		}
	}

}
