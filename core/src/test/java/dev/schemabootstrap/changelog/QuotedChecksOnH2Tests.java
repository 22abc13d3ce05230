package dev.schemabootstrap.changelog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.fixtures.checks.quoted.Alert;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.model.hibernate.UnitModelFactory;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.testing.H2Database;
import dev.schemabootstrap.testing.H2Models;
import dev.schemabootstrap.testing.LiquibaseRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A check on a table and column Hibernate quotes: on H2 its changeset quotes every name ({@link ChangeSetNames}), and
 * the check's SQL names the table as that changeset created it.
 */
class QuotedChecksOnH2Tests {

	@Test
	void aCheckOnAQuotedTableIsCreatedAndHasNoDrift() throws Exception {
		UnitModel model = UnitModelFactory.create(PersistenceUnit.of(Alert.class), H2Models.SETTINGS,
				getClass().getClassLoader());
		String changelog = new ChangelogWriter("db/changelog/alerts.yaml", DatabaseKind.H2, model.mapping())
			.write(new CreationPlanner().plan(model.schema()), ChangelogFormat.YAML);
		try (H2Database database = new H2Database()) {
			LiquibaseRunner.update(database.connect(), changelog, "alerts.yaml");
			try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
				statement.execute("INSERT INTO \"alert log\" (ID, \"Level\") VALUES (1, 2)");
				assertThatExceptionOfType(SQLException.class)
					.isThrownBy(() -> statement.execute("INSERT INTO \"alert log\" (ID, \"Level\") VALUES (2, 3)"));
				assertThat(new DriftDetector().detect(model.schema(), connection).asList()).isEmpty();
			}
		}
	}

}
