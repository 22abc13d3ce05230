package dev.schemabootstrap.changelog;

import java.sql.Connection;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.fixtures.portable.Book;
import dev.schemabootstrap.fixtures.portable.Disc;
import dev.schemabootstrap.fixtures.portable.Item;
import dev.schemabootstrap.fixtures.portable.Member;
import dev.schemabootstrap.fixtures.portable.Order;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.model.hibernate.UnitModelFactory;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.plan.EvolutionPlanner;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One changelog, generated once for a dialect (as the plugin's {@code generate} and the starter write it), applied
 * by real Liquibase on another database and verified there as startup verifies an owned changelog: no drift and
 * nothing behind the model, for the model built with that database's own dialect.
 */
abstract class PortableChangelogScenario {

	static final Class<?>[] LIBRARY = { Member.class, Item.class, Book.class, Disc.class, Order.class };

	static final String POSTGRESQL = "org.hibernate.dialect.PostgreSQLDialect";

	static final String H2 = "org.hibernate.dialect.H2Dialect";

	static final String MARIADB = "org.hibernate.dialect.MariaDBDialect";

	abstract TestDatabase database();

	/** The dialect Hibernate uses on {@link #database()}. */
	abstract String dialect();

	static UnitModel model(String dialect) {
		return UnitModelFactory.create(PersistenceUnit.of(LIBRARY),
				Map.of("hibernate.dialect", dialect, "hibernate.physical_naming_strategy",
						"org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl"),
				PortableChangelogScenario.class.getClassLoader());
	}

	static String changelog(String dialect) {
		UnitModel model = model(dialect);
		return new ChangelogWriter(ChangelogWriter.GENERATED_LOGICAL_PATH, DatabaseKind.of(dialect), model.mapping())
			.write(new CreationPlanner().plan(model.schema()), ChangelogFormat.YAML);
	}

	@Test
	void aChangelogGeneratedForPostgresqlAppliesAndVerifiesWithoutFindings() throws Exception {
		String changelog = changelog(POSTGRESQL);
		LiquibaseRunner.update(database().connect(), changelog, "db.changelog-master.yaml");
		UnitModel model = model(dialect());
		try (Connection connection = database().connect()) {
			SchemaModel live = new LiveSchemaReader().read(connection, model.schema());
			Findings drift = new DriftDetector().detect(model.schema(), live, model.mapping());
			EvolutionPlan behind = new EvolutionPlanner().plan(model.schema(), live, EvolutionPlanner.Origin.EVERYTHING);
			assertThat(drift.asList()).as(changelog + "\n" + drift).isEmpty();
			assertThat(behind.isEmpty()).as(behind.summary()).isTrue();
		}
	}

}
