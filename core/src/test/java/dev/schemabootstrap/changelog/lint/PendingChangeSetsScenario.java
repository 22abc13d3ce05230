package dev.schemabootstrap.changelog.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.testing.TestDatabase;

import static dev.schemabootstrap.changelog.lint.YamlChangelogs.changeSet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A changelog applied to a real database with rows, then grown by changesets written by hand: only those not applied
 * yet are linted, against the column types the database has, and once applied they are never reported again.
 */
abstract class PendingChangeSetsScenario {

	static final String APPLIED = changeSet("orders", """
			        - createTable:
			            tableName: orders
			            columns:
			              - column: {name: id, type: bigint, constraints: {primaryKey: true}}
			              - column: {name: quantity, type: int}
			              - column: {name: note, type: varchar(50)}
			              - column: {name: status, type: varchar(20)}
			""") + changeSet("orders-rows", """
			        - insert:
			            tableName: orders
			            columns:
			              - column: {name: id, valueNumeric: 1}
			              - column: {name: quantity, valueNumeric: 3}
			              - column: {name: status, value: NEW}
			""");

	static final String PENDING = changeSet("orders-note-index", """
			        - createIndex:
			            tableName: orders
			            indexName: idx_orders_note
			            columns:
			              - column: {name: note}
			""") + changeSet("orders-quantity-bigint", """
			        - modifyDataType: {tableName: orders, columnName: quantity, newDataType: bigint}
			""") + changeSet("orders-note-wider", """
			        - modifyDataType: {tableName: orders, columnName: note, newDataType: varchar(60)}
			""") + changeSet("orders-status-not-null", """
			        - addNotNullConstraint: {tableName: orders, columnName: status, columnDataType: varchar(20)}
			""") + changeSet("items", """
			        - createTable:
			            tableName: items
			            columns:
			              - column: {name: id, type: bigint}
			              - column: {name: order_id, type: bigint}
			        - createIndex:
			            tableName: items
			            indexName: idx_items_order
			            columns:
			              - column: {name: order_id}
			""");

	abstract TestDatabase database();

	/** The findings on this database, by id and subject. */
	abstract String[] expected();

	@Test
	void onlyChangesetsNotAppliedYetAreLintedAgainstTheLiveTypesAndNeverAgainOnceApplied() throws Exception {
		try (Connection connection = database().connect()) {
			assertThat(pending(connection, APPLIED)).as("a database Liquibase never ran on").isEmpty();
			update(connection, APPLIED);

			Findings findings = pending(connection, APPLIED + PENDING);

			assertThat(findings.stream().map((finding) -> finding.id() + " " + finding.subject()))
				.containsExactlyInAnyOrder(expected());
			assertThat(findings.withId("table-rewriting-type-change").asList().get(0).message())
				.contains("'orders-quantity-bigint'", "from integer to bigint");

			update(connection, APPLIED + PENDING);

			assertThat(pending(connection, APPLIED + PENDING)).isEmpty();
		}
	}

	private static Findings pending(Connection connection, String changeSets) throws Exception {
		Path directory = write(changeSets);
		// A Database object of its own, as startup uses: Liquibase caches the history per object.
		Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
		Liquibase liquibase = new Liquibase("changelog.yaml", new DirectoryResourceAccessor(directory), database);
		return MigrationSafety.pending(liquibase.getDatabaseChangeLog(), database, new Contexts(),
				new LabelExpression(), null);
	}

	private static void update(Connection connection, String changeSets) throws Exception {
		Path directory = write(changeSets);
		Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
		new Liquibase("changelog.yaml", new DirectoryResourceAccessor(directory), database).update();
	}

	private static Path write(String changeSets) throws Exception {
		Path directory = Files.createTempDirectory("schema-bootstrap-lint");
		Files.writeString(directory.resolve("changelog.yaml"), "databaseChangeLog:\n" + changeSets);
		return directory;
	}

}
