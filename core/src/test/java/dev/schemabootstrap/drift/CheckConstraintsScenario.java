package dev.schemabootstrap.drift;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.fixtures.checks.v1.Car;
import dev.schemabootstrap.fixtures.checks.v1.Ticket;
import dev.schemabootstrap.fixtures.checks.v1.Truck;
import dev.schemabootstrap.fixtures.checks.v1.Vehicle;
import dev.schemabootstrap.fixtures.checks.v2.Bus;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.plan.EvolutionPlanner;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The check constraints Hibernate's DDL creates (enum names and ordinals, a discriminator, a {@code @Check}) on a
 * real database, in order: the generated changelog applied by Liquibase creates them (invalid values are refused,
 * valid ones accepted); an unchanged model has no drift, read twice; the model evolved (an enum value and a
 * subclass added) gives an evolution changelog that replaces the changed checks and keeps every row; a check
 * dropped, changed or added by hand is reported.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class CheckConstraintsScenario {

	abstract TestDatabase database();

	abstract String dialect();

	/** Whether a STRING enum is a check here, not a native {@code enum(...)} column type (H2, MariaDB). */
	abstract boolean statusIsChecked();

	private SchemaModel current;

	SchemaModel v1() {
		return StoreDriftScenario.model(dialect(), Ticket.class, Vehicle.class, Car.class, Truck.class);
	}

	SchemaModel v2() {
		return StoreDriftScenario.model(dialect(), dev.schemabootstrap.fixtures.checks.v2.Ticket.class,
				dev.schemabootstrap.fixtures.checks.v2.Vehicle.class, dev.schemabootstrap.fixtures.checks.v2.Car.class,
				dev.schemabootstrap.fixtures.checks.v2.Truck.class, Bus.class);
	}

	DatabaseKind kind() {
		return DatabaseKind.of(dialect());
	}

	@Test
	@Order(1)
	void theGeneratedChangelogCreatesEveryCheck() throws Exception {
		current = v1();
		String changelog = new ChangelogWriter("db/changelog/checks.yaml", kind())
			.write(new CreationPlanner().plan(current), ChangelogFormat.YAML);
		apply(changelog, "checks.yaml");
		try (Connection connection = database().connect(); Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO ticket (id, status, priority, estimate) VALUES (1, 'OPEN', 1, 3)");
			statement.execute("INSERT INTO vehicle (id, dtype, seats) VALUES (1, 'Car', 4)");
			statement.execute("INSERT INTO vehicle (id, dtype) VALUES (2, 'vehicle')");
			refused(statement, "INSERT INTO ticket (id, status) VALUES (2, 'REOPENED')");
			refused(statement, "INSERT INTO ticket (id, priority) VALUES (3, 2)");
			refused(statement, "INSERT INTO ticket (id, estimate) VALUES (4, -1)");
			refused(statement, "INSERT INTO vehicle (id, dtype) VALUES (3, 'Bus')");
			assertThat(count(statement, "ticket")).isEqualTo(1);
		}
	}

	@Test
	@Order(2)
	void anUnchangedModelHasNoDrift() throws Exception {
		for (int run = 1; run <= 2; run++) {
			try (Connection connection = database().connect()) {
				Findings findings = new DriftDetector().detect(current, connection);
				assertThat(findings.asList()).as(findings.toString()).isEmpty();
				SchemaModel live = new LiveSchemaReader().read(connection, current);
				assertThat(live.tables()).filteredOn((table) -> table.name().name().equalsIgnoreCase("ticket"))
					.singleElement()
					.satisfies((ticket) -> assertThat(ticket.checks()).hasSize(statusIsChecked() ? 3 : 2));
				assertThat(new EvolutionPlanner().plan(current, live).checkChanges()).isEmpty();
			}
		}
	}

	@Test
	@Order(3)
	void anEvolvedEnumReplacesItsCheckAndKeepsEveryRow() throws Exception {
		Assumptions.assumeTrue(kind().supportsAlterTableConstraints(), "SQLite cannot replace a check");
		SchemaModel evolved = v2();
		EvolutionPlan plan;
		try (Connection connection = database().connect()) {
			plan = new EvolutionPlanner().plan(evolved, new LiveSchemaReader().read(connection, evolved));
			// Before it is applied, the value the database does not take yet is drift, native enum or check.
			assertThat(new DriftDetector().detect(evolved, connection).asList()).extracting(Finding::subject)
				.contains("ticket.status");
		}
		assertThat(plan.checkChanges()).allSatisfy((change) -> assertThat(change.previous()).isNotNull())
			.extracting((change) -> change.check().name())
			.containsExactlyInAnyOrderElementsOf(
					statusIsChecked() ? List.of("ck_vehicle_dtype", "ck_ticket_status") : List.of("ck_vehicle_dtype"));
		// A native enum(...) column gains the value as a wider type: every value it held is still allowed.
		assertThat(plan.columnChanges()).map((change) -> change.kind() + " " + change.column().name())
			.containsExactlyElementsOf(statusIsChecked() ? List.of() : List.of("WIDEN_TYPE status"));
		assertThat(plan.destructiveChanges()).isEmpty();
		String changelog = new ChangelogWriter("db/changelog/checks-next.yaml", kind()).write(plan,
				ChangelogFormat.YAML);
		apply(changelog, "checks-next.yaml");
		current = evolved;
		try (Connection connection = database().connect(); Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO vehicle (id, dtype, standing) VALUES (3, 'Bus', 20)");
			refused(statement, "INSERT INTO vehicle (id, dtype) VALUES (4, 'Boat')");
			statement.execute("INSERT INTO ticket (id, status) VALUES (2, 'REOPENED')");
			refused(statement, "INSERT INTO ticket (id, status) VALUES (3, 'LOST')");
			assertThat(count(statement, "vehicle")).isEqualTo(3);
			assertThat(count(statement, "ticket")).isEqualTo(2);
			assertThat(statusOfTicket(statement, 1)).isEqualTo("OPEN");
			Findings findings = new DriftDetector().detect(evolved, connection);
			assertThat(findings.asList()).as(findings.toString()).isEmpty();
		}
	}

	@Test
	@Order(4)
	void aCheckDroppedChangedOrAddedByHandIsDrift() throws Exception {
		try (Connection connection = database().connect(); Statement statement = connection.createStatement()) {
			for (String sql : alterations()) {
				statement.execute(sql);
			}
			Findings findings = new DriftDetector().detect(current, connection);
			assertThat(checkFindings(findings)).as(findings.toString())
				.map((finding) -> finding.severity() + " " + finding.subject())
				.containsExactlyInAnyOrderElementsOf(expectedDrift());
		}
	}

	/** Applies a changelog with real Liquibase, on a connection closed afterwards. */
	void apply(String changelog, String fileName) throws Exception {
		LiquibaseRunner.update(database().connect(), changelog, fileName);
	}

	/** SQL that drops the priority check, narrows the discriminator's and adds one of its own. */
	List<String> alterations() {
		return List.of("ALTER TABLE ticket DROP CONSTRAINT ck_ticket_priority",
				"DELETE FROM vehicle WHERE dtype = 'Bus'", "ALTER TABLE vehicle DROP CONSTRAINT ck_vehicle_dtype",
				"ALTER TABLE vehicle ADD CONSTRAINT ck_vehicle_dtype CHECK (dtype IN ('vehicle', 'Car', 'Truck'))",
				"ALTER TABLE vehicle ADD CONSTRAINT ck_vehicle_seats CHECK (seats < 10)");
	}

	List<String> expectedDrift() {
		return List.of("ERROR ticket.priority", "ERROR vehicle.dtype", "WARNING vehicle.seats");
	}

	private static List<Finding> checkFindings(Findings findings) {
		return findings.stream().filter((finding) -> finding.message().startsWith("Check constraint")).toList();
	}

	private static void refused(Statement statement, String sql) {
		assertThatExceptionOfType(SQLException.class).as(sql).isThrownBy(() -> statement.execute(sql));
	}

	private static String statusOfTicket(Statement statement, int id) throws SQLException {
		try (ResultSet rows = statement.executeQuery("SELECT status FROM ticket WHERE id = " + id)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static int count(Statement statement, String table) throws SQLException {
		try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
