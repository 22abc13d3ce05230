package dev.schemabootstrap.drift;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

/**
 * SQLite keeps its checks in each table's {@code CREATE TABLE} text and cannot alter them: the changelog creates them
 * inline, no evolution replaces them, and the tables are rebuilt by hand to change them.
 */
class SqliteCheckConstraintsTests extends CheckConstraintsScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.sqlite();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	String dialect() {
		return "org.hibernate.community.dialect.SQLiteDialect";
	}

	@Override
	List<String> alterations() {
		return List.of("CREATE TABLE ticket_new (id bigint NOT NULL PRIMARY KEY,"
				+ " estimate integer CONSTRAINT ck_ticket_estimate CHECK (estimate >= 0), priority tinyint,"
				+ " status varchar(255), CONSTRAINT ck_ticket_status CHECK (status IN ('OPEN', 'CLOSED')))",
				"INSERT INTO ticket_new (id, estimate, priority, status) SELECT id, estimate, priority, status FROM ticket",
				"DROP TABLE ticket", "ALTER TABLE ticket_new RENAME TO ticket",
				"CREATE TABLE vehicle_new (dtype varchar(31) NOT NULL CHECK (dtype IN ('vehicle', 'Car')),"
						+ " id bigint NOT NULL PRIMARY KEY, seats integer CHECK (\"seats\" < 10), payload integer)",
				"INSERT INTO vehicle_new (dtype, id, seats, payload) SELECT dtype, id, seats, payload FROM vehicle",
				"DROP TABLE vehicle", "ALTER TABLE vehicle_new RENAME TO vehicle");
	}

	@Override
	boolean statusIsChecked() {
		return true;
	}

}
