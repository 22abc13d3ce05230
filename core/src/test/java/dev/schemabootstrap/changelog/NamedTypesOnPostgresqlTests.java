package dev.schemabootstrap.changelog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.NamedType;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.plan.EvolutionPlanner;
import dev.schemabootstrap.testing.ModelBuilder;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL enum type ({@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}) is created by the changelog before the tables
 * whose columns are declared with it, with the statements Hibernate's dialect writes; an evolution that adds a table
 * using the same type applies on the database where the type exists, and one that adds a column of a new type
 * creates that type first, with no drift each time.
 */
class NamedTypesOnPostgresqlTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	/** As PostgreSQL's dialect creates it: the type, then the casts from and to varchar. */
	private static final NamedType PRIORITY = new NamedType("Priority",
			List.of("create type Priority as enum ('HIGH','LOW')",
					"create cast (varchar as Priority) with inout as implicit",
					"create cast (Priority as varchar) with inout as implicit"));

	@TempDir
	Path directory;

	@Test
	void theTypeIsCreatedBeforeItsTableAndAgainByAnEvolutionWithoutError() throws Exception {
		SchemaModel tickets = ModelBuilder.model()
			.tables("tickets")
			.column("tickets", "priority", "Priority", true)
			.build()
			.withTypes(List.of(PRIORITY));
		String base = new ChangelogWriter("db/changelog/base.yaml", DatabaseKind.POSTGRESQL)
			.write(new CreationPlanner().plan(tickets), ChangelogFormat.YAML);
		assertThat(base.indexOf("id: type-Priority")).isPositive().isLessThan(base.indexOf("id: table-tickets"));
		Files.writeString(directory.resolve("base.yaml"), base);
		Files.writeString(master(), "databaseChangeLog:\n- include:\n    file: base.yaml\n");
		update();
		try (Connection connection = database.connect()) {
			connection.createStatement().execute("insert into tickets (id, priority) values (1, 'HIGH')");
			assertThat(new DriftDetector().detect(tickets, connection).asList()).isEmpty();
		}

		SchemaModel withAlerts = ModelBuilder.model()
			.tables("tickets", "alerts")
			.column("tickets", "priority", "Priority", true)
			.column("alerts", "level", "Priority", true)
			.build()
			.withTypes(List.of(PRIORITY));
		evolve(withAlerts, "next-1.yaml");
		try (Connection connection = database.connect()) {
			connection.createStatement().execute("insert into alerts (id, level) values (1, 'LOW')");
			assertThat(new DriftDetector().detect(withAlerts, connection).asList()).isEmpty();
		}

		SchemaModel withMood = ModelBuilder.model()
			.tables("tickets", "alerts")
			.column("tickets", "priority", "Priority", true)
			.column("tickets", "mood", "Mood", true)
			.column("alerts", "level", "Priority", true)
			.build()
			.withTypes(List.of(PRIORITY, new NamedType("Mood", List.of("create type Mood as enum ('CALM','BUSY')"))));
		evolve(withMood, "next-2.yaml");
		try (Connection connection = database.connect()) {
			connection.createStatement().execute("update tickets set mood = 'CALM'");
			assertThat(new DriftDetector().detect(withMood, connection).asList()).isEmpty();
		}
	}

	/** The changesets the database lacks for the model, in a file of their own included from the master. */
	private void evolve(SchemaModel model, String file) throws Exception {
		ChangelogObjects changelog = ChangelogObjects.read("master.yaml", new DirectoryResourceAccessor(directory));
		EvolutionPlan plan;
		try (Connection connection = database.connect()) {
			plan = new EvolutionPlanner().plan(model, new LiveSchemaReader().read(connection, model), changelog);
		}
		NextChangelog next = NextChangelog.of(new ChangelogWriter("unused", DatabaseKind.POSTGRESQL), plan,
				changelog::usesLogicalPath);
		Files.writeString(directory.resolve(file), next.write(plan, ChangelogFormat.YAML));
		Files.writeString(master(), Files.readString(master()) + "- include:\n    file: " + file + "\n");
		update();
	}

	private Path master() {
		return directory.resolve("master.yaml");
	}

	private void update() throws Exception {
		try (Connection connection = database.connect()) {
			Database target = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			try (Liquibase liquibase = new Liquibase("master.yaml", new DirectoryResourceAccessor(directory),
					target)) {
				liquibase.update();
			}
		}
	}

}
