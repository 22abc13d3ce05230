package dev.schemabootstrap.drift;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.EvolutionPlan.DestructiveKind;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.plan.EvolutionPlanner;
import dev.schemabootstrap.testing.ModelBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a live table or column came from is asked only when the database has one the model lacks: the answer costs
 * a parse of the application's changelog, which a database that matches the model never needs.
 */
class LazyOriginTests {

	private final AtomicInteger reads = new AtomicInteger();

	private final EvolutionPlanner.Origin origin = EvolutionPlanner.Origin.whenAsked(() -> {
		reads.incrementAndGet();
		return EvolutionPlanner.Origin.EVERYTHING;
	});

	private static ModelBuilder shop() {
		return ModelBuilder.model().tables("customer", "purchase").requiredFk("purchase", "customer");
	}

	/** As {@code LiveSchemaReader} gives it: named by the database product, not by a Hibernate dialect. */
	private static SchemaModel live(ModelBuilder builder) {
		SchemaModel model = builder.build();
		return new SchemaModel("H2", model.entities(), model.tables(), model.sequences());
	}

	@Test
	void aDatabaseThatHasNothingTheModelLacksNeverAsks() {
		SchemaModel model = shop().column("customer", "email", "varchar(100)", true).build();
		SchemaModel live = live(shop());

		EvolutionPlan plan = new EvolutionPlanner().plan(model, live, origin);

		assertThat(plan.destructiveChanges()).isEmpty();
		assertThat(plan.isEmpty()).isFalse();
		assertThat(reads).hasValue(0);
	}

	@Test
	void extraTablesAndColumnsAskOnceForAll() {
		SchemaModel model = ModelBuilder.model().tables("customer").build();
		SchemaModel live = live(shop().column("customer", "nickname", "varchar(20)", true));

		EvolutionPlan plan = new EvolutionPlanner().plan(model, live, origin);

		assertThat(plan.destructiveChanges()).extracting(EvolutionPlan.DestructiveChange::kind)
			.contains(DestructiveKind.DROP_TABLE, DestructiveKind.DROP_COLUMN);
		assertThat(reads).hasValue(1);
	}

}
