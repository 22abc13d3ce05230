package dev.schemabootstrap.drift;

import java.sql.Connection;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.fixtures.checks.single.Circle;
import dev.schemabootstrap.fixtures.checks.single.Shape;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.plan.EvolutionPlanner;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check that allows one value: the discriminator of a hierarchy with one concrete class ({@code dtype in
 * ('Circle')}) and enums of one value. Databases give such a list back as an equality ({@code dtype = 'Circle'}), as
 * spring-petclinic's and restbucks' models have it; the generated changelog applied, the unchanged model has no drift.
 */
abstract class OneValueChecksScenario {

	abstract TestDatabase database();

	abstract String dialect();

	@Test
	void aCheckOfOneValueIsNoDrift() throws Exception {
		SchemaModel model = StoreDriftScenario.model(dialect(), Shape.class, Circle.class);
		String changelog = new ChangelogWriter("db/changelog/one-value.yaml", DatabaseKind.of(dialect()))
			.write(new CreationPlanner().plan(model), ChangelogFormat.YAML);
		assertThat(changelog).contains("'Circle'");
		LiquibaseRunner.update(database().connect(), changelog, "one-value.yaml");
		for (int run = 1; run <= 2; run++) {
			try (Connection connection = database().connect()) {
				Findings findings = new DriftDetector().detect(model, connection);
				assertThat(findings.asList()).as(findings.toString()).isEmpty();
				assertThat(new EvolutionPlanner().plan(model, new LiveSchemaReader().read(connection, model))
					.checkChanges()).isEmpty();
			}
		}
	}

}
