package dev.schemabootstrap.changelog;

import java.util.List;

import liquibase.changelog.ChangeSet;
import org.junit.jupiter.api.Test;

import dev.schemabootstrap.fixtures.checks.v1.Car;
import dev.schemabootstrap.fixtures.checks.v1.Ticket;
import dev.schemabootstrap.fixtures.checks.v1.Truck;
import dev.schemabootstrap.fixtures.checks.v1.Vehicle;
import dev.schemabootstrap.model.CheckConstraint;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.testing.H2Models;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the check changes go in a changelog, and under which ids. */
class CheckChangeSetsTests {

	private final SchemaModel model = H2Models.of(Ticket.class, Vehicle.class, Car.class, Truck.class);

	private final ChangelogWriter writer = new ChangelogWriter("db/changelog/checks.yaml", DatabaseKind.POSTGRESQL);

	@Test
	void checksComeInChangesetsOfTheirOwnSoThatATablesChangesetStaysWhatAnEarlierVersionWrote() {
		SchemaModel withoutChecks = new SchemaModel(model.dialect(), model.entities(),
				model.tables().stream().map((table) -> table.withChecks(List.of())).toList(), model.sequences());
		List<String> with = serialized(writer.changeSets(new CreationPlanner().plan(model)));
		List<String> without = serialized(writer.changeSets(new CreationPlanner().plan(withoutChecks)));
		assertThat(with).filteredOn((changeSet) -> !changeSet.contains("id: checks-"))
			.containsExactlyElementsOf(without);
		assertThat(with).filteredOn((changeSet) -> changeSet.contains("id: checks-ticket"))
			.singleElement()
			.asString()
			.contains("ADD CONSTRAINT ck_ticket_estimate CHECK", "ADD CONSTRAINT ck_ticket_priority CHECK");
		assertThat(with).anySatisfy((changeSet) -> assertThat(changeSet).contains("id: checks-vehicle"));
	}

	private static List<String> serialized(List<ChangeSet> changeSets) {
		return changeSets.stream().map((changeSet) -> ChangelogFormat.YAML.serializer().serialize(changeSet, true)).toList();
	}

	@Test
	void aCheckReplacedTwiceGetsTwoChangesetIds() {
		TableName vehicle = new TableName(null, "vehicle");
		CheckConstraint first = new CheckConstraint("ck_vehicle_dtype", "dtype", "dtype in ('vehicle','Car')");
		CheckConstraint second = new CheckConstraint("ck_vehicle_dtype", "dtype", "dtype in ('vehicle','Car','Bus')");
		assertThat(id(new EvolutionPlan.CheckChange(vehicle, second, first)))
			.startsWith("check-vehicle-ck_vehicle_dtype-")
			.isNotEqualTo(id(new EvolutionPlan.CheckChange(vehicle, first, null)));
	}

	private String id(EvolutionPlan.CheckChange change) {
		EvolutionPlan plan = new EvolutionPlan(new CreationPlanner().plan(new SchemaModel(model.dialect(), List.of(), List.of(), List.of())), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(change));
		return writer.changeSets(plan).get(0).getId();
	}

}
