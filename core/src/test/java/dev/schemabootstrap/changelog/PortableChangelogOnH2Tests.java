package dev.schemabootstrap.changelog;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.testing.H2Database;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class PortableChangelogOnH2Tests extends PortableChangelogScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	String dialect() {
		return H2;
	}

	@Test
	void aPostgresqlEnumColumnWhoseCheckAllowsOtherValuesThanTheEnumIsStillDrift() throws Exception {
		try (H2Database h2 = new H2Database()) {
			LiquibaseRunner.update(h2.connect(), changelog(POSTGRESQL), "db.changelog-master.yaml");
			UnitModel model = model(H2);
			try (Connection connection = h2.connect(); Statement statement = connection.createStatement()) {
				statement.execute("ALTER TABLE member DROP CONSTRAINT ck_member_status");
				statement.execute("ALTER TABLE member ADD CONSTRAINT ck_member_status CHECK (status in ('ACTIVE'))");
				statement.execute("ALTER TABLE member ALTER COLUMN tier SET DATA TYPE integer");
				Findings drift = new DriftDetector().detect(model.schema(), connection);

				assertThat(drift.stream().map(Finding::subject)).as(drift.toString())
					.containsExactlyInAnyOrder("member.status", "member.status", "member.tier");
			}
		}
	}

}
