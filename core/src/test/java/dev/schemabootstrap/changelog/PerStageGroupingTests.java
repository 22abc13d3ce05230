package dev.schemabootstrap.changelog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import liquibase.change.Change;
import liquibase.change.CheckSum;
import liquibase.changelog.ChangeSet;
import liquibase.database.ObjectQuotingStrategy;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.fixtures.quoted.OrderLine;
import dev.schemabootstrap.fixtures.quoted.Shipment;
import dev.schemabootstrap.fixtures.quoted.Warehouse;
import dev.schemabootstrap.fixtures.store.Batch;
import dev.schemabootstrap.fixtures.store.Category;
import dev.schemabootstrap.fixtures.store.CreditPayment;
import dev.schemabootstrap.fixtures.store.Customer;
import dev.schemabootstrap.fixtures.store.PurchaseOrder;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.model.hibernate.UnitModelFactory;
import dev.schemabootstrap.plan.CreationPlan;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.plan.EvolutionPlanner;
import dev.schemabootstrap.testing.H2Database;
import dev.schemabootstrap.testing.H2Models;
import dev.schemabootstrap.testing.JdbcSchema;
import dev.schemabootstrap.testing.LiquibaseRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ChangeSetGrouping#PER_STAGE}: the changes of the one-per-object changelog, in the same order, cut into one
 * changeset per stage.
 */
class PerStageGroupingTests {

	private static final String LOGICAL_PATH = "db/changelog/schema-bootstrap.changelog";

	private final SchemaModel store = H2Models.of(Batch.class, Category.class, CreditPayment.class, Customer.class,
			PurchaseOrder.class);

	private final CreationPlan plan = new CreationPlanner().plan(store);

	private final ChangelogWriter perObject = new ChangelogWriter(LOGICAL_PATH, DatabaseKind.H2);

	private final ChangelogWriter perStage = perObject.grouped(ChangeSetGrouping.PER_STAGE);

	@Test
	void oneChangeSetPerStageInTheOrderOfThePlan() {
		List<ChangeSet> changeSets = perStage.changeSets(plan);

		assertThat(changeSets).extracting(ChangeSet::getId)
			.containsExactly("schemas", "sequences", "tables", "foreign-keys-closing-cycles", "indexes");
		assertThat(changeSets).allSatisfy((changeSet) -> {
			assertThat(changeSet.getAuthor()).isEqualTo(ChangelogWriter.AUTHOR);
			assertThat(changeSet.getFilePath()).isEqualTo(LOGICAL_PATH);
			assertThat(changeSet.getObjectQuotingStrategy()).isEqualTo(ObjectQuotingStrategy.LEGACY);
		});
		assertThat(changeSets.get(2).getChanges()).hasSize(perObject.changeSets(plan).stream()
			.filter((changeSet) -> changeSet.getId().startsWith("table-"))
			.mapToInt((changeSet) -> changeSet.getChanges().size())
			.sum()).hasSizeGreaterThanOrEqualTo(plan.tables().size());
	}

	@Test
	void holdsEveryChangeOfTheOnePerObjectChangelogInTheSameOrder() {
		assertThat(checksums(perStage.changeSets(plan))).isEqualTo(checksums(perObject.changeSets(plan)))
			.hasSizeGreaterThan(perStage.changeSets(plan).size());
	}

	@Test
	void aStageWithNothingToCreateHasNoChangeSet() {
		SchemaModel customers = H2Models.of(Customer.class);

		assertThat(perStage.changeSets(new CreationPlanner().plan(customers))).extracting(ChangeSet::getId)
			.containsExactly("tables");
	}

	@Test
	void appliesOnH2ToTheSameSchemaAsTheOnePerObjectChangelog() throws Exception {
		try (H2Database grouped = new H2Database(); H2Database single = new H2Database()) {
			LiquibaseRunner.update(grouped.connect(), perStage.write(plan, ChangelogFormat.YAML), "changelog.yaml");
			LiquibaseRunner.update(single.connect(), perObject.write(plan, ChangelogFormat.YAML), "changelog.yaml");

			try (Connection connection = grouped.connect(); Connection other = single.connect()) {
				assertThat(new DriftDetector().detect(store, connection).asList()).isEmpty();
				assertThat(new LiveSchemaReader().read(connection, store))
					.isEqualTo(new LiveSchemaReader().read(other, store));
				JdbcSchema schema = new JdbcSchema(connection);
				assertThat(schema.tables("PUBLIC")).contains("BATCH", "CATEGORY", "CUSTOMER", "PURCHASE_ORDER");
				assertThat(count(connection, "DATABASECHANGELOG")).isEqualTo(5);
			}
		}
	}

	@Test
	void changesetsForADatabaseThatKeepsItsDataStayOnePerObject() throws Exception {
		SchemaModel older = H2Models.of(Customer.class, Category.class);
		try (H2Database database = new H2Database()) {
			LiquibaseRunner.update(database.connect(),
					perObject.write(new CreationPlanner().plan(older), ChangelogFormat.YAML), "older.yaml");
			EvolutionPlan evolution;
			try (Connection connection = database.connect()) {
				evolution = new EvolutionPlanner().plan(store, new LiveSchemaReader().read(connection, store));
			}

			assertThat(perStage.changeSets(evolution)).extracting(ChangeSet::getId)
				.isEqualTo(perObject.changeSets(evolution).stream().map(ChangeSet::getId).toList())
				.contains("table-purchase_order", "table-batch");
		}
	}

	@Test
	void quotedNamesOnH2StartANewChangeSetWhereTheQuotingChanges() throws Exception {
		UnitModel quoted = UnitModelFactory.create(PersistenceUnit.of(OrderLine.class, Shipment.class, Warehouse.class),
				H2Models.SETTINGS, getClass().getClassLoader());
		CreationPlan quotedPlan = new CreationPlanner().plan(quoted.schema());
		ChangelogWriter writer = new ChangelogWriter(LOGICAL_PATH, DatabaseKind.H2, quoted.mapping())
			.grouped(ChangeSetGrouping.PER_STAGE);

		List<ChangeSet> changeSets = writer.changeSets(quotedPlan);

		List<ChangeSet> tables = changeSets.stream().filter((changeSet) -> changeSet.getId().startsWith("tables")).toList();
		assertThat(tables).extracting(ChangeSet::getId).startsWith("tables", "tables-2");
		for (int i = 1; i < tables.size(); i++) {
			assertThat(tables.get(i).getObjectQuotingStrategy())
				.isNotEqualTo(tables.get(i - 1).getObjectQuotingStrategy());
		}
		assertThat(tables).flatExtracting(ChangeSet::getChanges).hasSizeGreaterThanOrEqualTo(quotedPlan.tables().size());
		try (H2Database database = new H2Database()) {
			LiquibaseRunner.update(database.connect(), writer.write(quotedPlan, ChangelogFormat.YAML), "changelog.yaml");
			try (Connection connection = database.connect()) {
				assertThat(new JdbcSchema(connection).tables("PUBLIC")).contains("order lines", "SHIPMENT", "WAREHOUSE");
				assertThat(new DriftDetector().detect(quoted.schema(), connection).asList()).isEmpty();
			}
		}
	}

	@Test
	void sameModelGivesByteIdenticalOutputOnEveryRun() {
		String first = perStage.write(plan, ChangelogFormat.YAML);

		assertThat(perObject.grouped(ChangeSetGrouping.PER_STAGE)
			.write(new CreationPlanner().plan(H2Models.of(PurchaseOrder.class, Customer.class, Batch.class,
					CreditPayment.class, Category.class)), ChangelogFormat.YAML))
			.isEqualTo(first)
			.isNotEqualTo(perObject.write(plan, ChangelogFormat.YAML));
	}

	private static List<CheckSum> checksums(List<ChangeSet> changeSets) {
		return changeSets.stream().flatMap((changeSet) -> changeSet.getChanges().stream()).map(Change::generateCheckSum)
			.toList();
	}

	private static int count(Connection connection, String table) throws Exception {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
