package dev.schemabootstrap.drift;

import java.sql.Connection;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.fixtures.quoted.OrderLine;
import dev.schemabootstrap.fixtures.quoted.Shipment;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.model.hibernate.UnitModelFactory;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.testing.H2Database;
import dev.schemabootstrap.testing.H2Models;
import dev.schemabootstrap.testing.LiquibaseRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** On H2 a name Hibernate quotes matches only with its case: "order lines" is not ORDER LINES. */
class H2QuotedNameDriftTests {

	private final UnitModel model = UnitModelFactory.create(PersistenceUnit.of(OrderLine.class, Shipment.class),
			H2Models.SETTINGS, getClass().getClassLoader());

	@Test
	void quotedNamesCreatedUpperCaseAreErrors() throws Exception {
		// Without the mapping the writer does what it did before quoted names kept their case on H2.
		try (H2Database database = new H2Database();
				Connection connection = apply(database, new ChangelogWriter("quoted.yaml", DatabaseKind.H2))) {
			SchemaModel live = new LiveSchemaReader().read(connection, model.schema());
			Findings findings = new DriftDetector().detect(model.schema(), live, model.mapping());
			assertThat(findings.stream().map((finding) -> finding.severity() + " " + finding.subject()))
				.as(findings.toString())
				.containsExactlyInAnyOrder("ERROR order lines", "ERROR order lines.unit price",
						"ERROR order lines.customer's note", "ERROR shipment.line_id");
			assertThat(findings.stream().map(Finding::message)).contains(
					"Table order lines is stored as \"ORDER LINES\": Hibernate quotes the name, and its SQL finds only"
							+ " \"order lines\".",
					"Column order lines.unit price is stored as \"UNIT PRICE\": Hibernate quotes the name, and its SQL"
							+ " finds only \"unit price\".");
			assertThat(new DriftDetector().detect(model.schema(), live, MappingModel.EMPTY).asList()).isEmpty();
		}
	}

	@Test
	void quotedNamesCreatedAsWrittenMatch() throws Exception {
		try (H2Database database = new H2Database(); Connection connection = apply(database,
				new ChangelogWriter("quoted.yaml", DatabaseKind.H2, model.mapping()))) {
			SchemaModel live = new LiveSchemaReader().read(connection, model.schema());
			assertThat(new DriftDetector().detect(model.schema(), live, model.mapping()).asList()).isEmpty();
		}
	}

	/** Applies the writer's changelog and returns a new connection to the database. */
	private Connection apply(H2Database database, ChangelogWriter writer) throws Exception {
		String changelog = writer.write(new CreationPlanner().plan(model.schema()), ChangelogFormat.YAML);
		LiquibaseRunner.update(database.connect(), changelog, "quoted.yaml");
		return database.connect();
	}

}
