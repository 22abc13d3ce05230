package dev.schemabootstrap.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;
import dev.schemabootstrap.testing.ModelBuilder;

import static dev.schemabootstrap.testing.ModelBuilder.model;
import static org.assertj.core.api.Assertions.assertThat;

class CreationPlannerTests {

	private final CreationPlanner planner = new CreationPlanner();

	@Test
	void tableComesAfterEveryTableItReferences() {
		SchemaModel model = model().tables("a", "b", "c").requiredFk("a", "b").requiredFk("b", "c").build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.tableOrder()).containsExactly(names("c", "b", "a"));
		assertThat(plan.deferredForeignKeys()).isEmpty();
		assertThat(plan.cycles()).isEmpty();
	}

	@Test
	void unrelatedTablesGoInNameOrder() {
		SchemaModel model = model().tables("zebra", "apple", "mango").build();

		assertThat(planner.plan(model).tableOrder()).containsExactly(names("apple", "mango", "zebra"));
	}

	@Test
	void diamondCreatesTheSharedTableFirstAndTheJoiningTableLast() {
		SchemaModel model = model().tables("a", "b", "c", "d")
			.requiredFk("a", "b")
			.requiredFk("a", "c")
			.requiredFk("b", "d")
			.optionalFk("c", "d")
			.build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.tableOrder()).containsExactly(names("d", "b", "c", "a"));
		assertThat(plan.deferredForeignKeys()).isEmpty();
		assertThat(plan.cycles()).isEmpty();
	}

	@Test
	void tableIsCreatedOnlyOnceEvenWhenItReferencesTheSameTableTwice() {
		SchemaModel model = model().tables("shipment", "address")
			.fk("shipment", "from_id", "address", false)
			.fk("shipment", "to_id", "address", true)
			.build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.tableOrder()).containsExactly(names("address", "shipment"));
		assertThat(plan.deferredForeignKeys()).isEmpty();
	}

	@Test
	void selfReferenceIsNeverDeferredAndDoesNotBlockItsTable() {
		SchemaModel model = model().tables("category", "product")
			.fk("category", "parent_id", "category", true)
			.requiredFk("product", "category")
			.build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.tableOrder()).containsExactly(names("category", "product"));
		assertThat(plan.deferredForeignKeys()).isEmpty();
		assertThat(plan.cycles()).isEmpty();
	}

	@Test
	void requiredSelfReferenceIsNeitherDeferredNorReportedAsCycle() {
		SchemaModel model = model().tables("node").fk("node", "parent_id", "node", false).build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.tableOrder()).containsExactly(names("node"));
		assertThat(plan.deferredForeignKeys()).isEmpty();
		assertThat(plan.cycles()).isEmpty();
	}

	@Test
	void twoTableCycleDefersExactlyTheOptionalKey() {
		SchemaModel model = model().tables("a", "b").requiredFk("a", "b").optionalFk("b", "a").build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.tableOrder()).containsExactly(names("b", "a"));
		assertThat(keyNames(plan.deferredForeignKeys())).containsExactly("b/fk_b_a_id");
		assertThat(plan.cycles()).singleElement().satisfies((cycle) -> {
			assertThat(cycle.tables()).containsExactly(names("a", "b"));
			assertThat(keyNames(cycle.deferredForeignKeys())).containsExactly("b/fk_b_a_id");
			assertThat(cycle.isBreakable()).isTrue();
		});
	}

	@Test
	void twoTableCycleDefersTheOptionalKeyEvenWhenItsTableHasTheLargerName() {
		SchemaModel model = model().tables("a", "b").optionalFk("a", "b").requiredFk("b", "a").build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.tableOrder()).containsExactly(names("a", "b"));
		assertThat(keyNames(plan.deferredForeignKeys())).containsExactly("a/fk_a_b_id");
		assertThat(plan.cycles()).singleElement().satisfies((cycle) -> assertThat(cycle.isBreakable()).isTrue());
	}

	@Test
	void twoTableCycleOfRequiredKeysIsReportedAsUnbreakable() {
		SchemaModel model = model().tables("a", "b").requiredFk("a", "b").requiredFk("b", "a").build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.tableOrder()).containsExactly(names("a", "b"));
		assertThat(keyNames(plan.deferredForeignKeys())).containsExactly("a/fk_a_b_id");
		assertThat(plan.cycles()).singleElement().satisfies((cycle) -> {
			assertThat(cycle.tables()).containsExactly(names("a", "b"));
			assertThat(cycle.isBreakable()).isFalse();
		});
	}

	@Test
	void threeTableCycleDefersExactlyTheOptionalKey() {
		SchemaModel model = model().tables("a", "b", "c")
			.requiredFk("a", "b")
			.optionalFk("b", "c")
			.requiredFk("c", "a")
			.build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.tableOrder()).containsExactly(names("b", "a", "c"));
		assertThat(keyNames(plan.deferredForeignKeys())).containsExactly("b/fk_b_c_id");
		assertThat(plan.cycles()).singleElement().satisfies((cycle) -> {
			assertThat(cycle.tables()).containsExactly(names("a", "b", "c"));
			assertThat(keyNames(cycle.deferredForeignKeys())).containsExactly("b/fk_b_c_id");
			assertThat(cycle.isBreakable()).isTrue();
		});
		assertOrderInvariant(model, plan);
	}

	@Test
	void threeTableCycleOfRequiredKeysDefersOneKeyAndIsUnbreakable() {
		SchemaModel model = model().tables("a", "b", "c")
			.requiredFk("a", "b")
			.requiredFk("b", "c")
			.requiredFk("c", "a")
			.build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.deferredForeignKeys()).hasSize(1);
		assertThat(plan.cycles()).singleElement().satisfies((cycle) -> {
			assertThat(cycle.tables()).containsExactly(names("a", "b", "c"));
			assertThat(cycle.deferredForeignKeys()).isEqualTo(plan.deferredForeignKeys());
			assertThat(cycle.isBreakable()).isFalse();
		});
		assertOrderInvariant(model, plan);
	}

	@Test
	void cycleWithAnInnerCycleOfRequiredKeysIsUnbreakable() {
		// b -> c is optional, but a and b require each other: no row of a or b can ever be inserted.
		SchemaModel model = model().tables("a", "b", "c")
			.requiredFk("a", "b")
			.requiredFk("b", "a")
			.optionalFk("b", "c")
			.requiredFk("c", "b")
			.build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.cycles()).singleElement().satisfies((cycle) -> {
			assertThat(cycle.tables()).containsExactly(names("a", "b", "c"));
			assertThat(cycle.deferredForeignKeys()).anyMatch((foreignKey) -> !foreignKey.optional());
			assertThat(cycle.isBreakable()).isFalse();
		});
		assertOrderInvariant(model, plan);
	}

	@Test
	void cycleThatNeedsTwoOptionalKeysDeferredIsBreakable() {
		SchemaModel model = model().tables("a", "b", "c")
			.optionalFk("a", "b")
			.optionalFk("a", "c")
			.requiredFk("b", "a")
			.requiredFk("c", "a")
			.build();

		CreationPlan plan = planner.plan(model);

		assertThat(keyNames(plan.deferredForeignKeys())).containsExactly("a/fk_a_b_id", "a/fk_a_c_id");
		assertThat(plan.cycles()).singleElement().satisfies((cycle) -> assertThat(cycle.isBreakable()).isTrue());
		assertOrderInvariant(model, plan);
	}

	@Test
	void cycleDownstreamOfAcyclicTablesDefersOnlyKeysInsideTheCycle() {
		// Names chosen so that name order alone would put the cycle and its dependent before the table they need.
		SchemaModel model = model().tables("a_invoice", "b_payment", "c_report", "z_currency")
			.requiredFk("a_invoice", "z_currency")
			.optionalFk("a_invoice", "b_payment")
			.requiredFk("b_payment", "a_invoice")
			.requiredFk("b_payment", "z_currency")
			.requiredFk("c_report", "a_invoice")
			.build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.tableOrder()).containsExactly(names("z_currency", "a_invoice", "b_payment", "c_report"));
		assertThat(keyNames(plan.deferredForeignKeys())).containsExactly("a_invoice/fk_a_invoice_b_payment_id");
		assertThat(plan.cycles()).singleElement().satisfies((cycle) -> {
			assertThat(cycle.tables()).containsExactly(names("a_invoice", "b_payment"));
			assertThat(cycle.isBreakable()).isTrue();
		});
		assertOrderInvariant(model, plan);
	}

	@Test
	void cycleThatReferencesAnotherCycleIsBrokenAfterTheOtherCycleExists() {
		SchemaModel model = model().tables("a", "b", "x", "y")
			.optionalFk("a", "b")
			.requiredFk("b", "a")
			.requiredFk("a", "x")
			.optionalFk("x", "y")
			.requiredFk("y", "x")
			.build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.tableOrder()).containsExactly(names("x", "y", "a", "b"));
		assertThat(keyNames(plan.deferredForeignKeys())).containsExactly("x/fk_x_y_id", "a/fk_a_b_id");
		assertThat(plan.cycles()).hasSize(2);
		assertThat(plan.cycles().get(0).tables()).containsExactly(names("a", "b"));
		assertThat(keyNames(plan.cycles().get(0).deferredForeignKeys())).containsExactly("a/fk_a_b_id");
		assertThat(plan.cycles().get(1).tables()).containsExactly(names("x", "y"));
		assertThat(keyNames(plan.cycles().get(1).deferredForeignKeys())).containsExactly("x/fk_x_y_id");
		assertOrderInvariant(model, plan);
	}

	@Test
	void tablesInSeveralSchemasAreOrderedByTheirQualifiedNames() {
		SchemaModel model = model().tables("core.purchase", "identity.account", "audit_log", "core.account")
			.requiredFk("core.purchase", "identity.account")
			.fk("core.account", "identity_account_id", "identity.account", false)
			.requiredFk("identity.account", "audit_log")
			.sequence("identity.account_seq")
			.sequence("audit_seq")
			.build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.schemas()).containsExactly("core", "identity");
		assertThat(plan.sequences()).extracting((sequence) -> sequence.name().toString())
			.containsExactly("audit_seq", "identity.account_seq");
		assertThat(plan.tableOrder())
			.containsExactly(names("audit_log", "identity.account", "core.account", "core.purchase"));
		assertThat(plan.deferredForeignKeys()).isEmpty();
		assertOrderInvariant(model, plan);
	}

	@Test
	void sameTableNameInTwoSchemasIsTwoTables() {
		SchemaModel model = model().tables("core.account", "identity.account")
			.fk("identity.account", "core_account_id", "core.account", true)
			.fk("core.account", "identity_account_id", "identity.account", false)
			.build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.tableOrder()).containsExactly(names("identity.account", "core.account"));
		assertThat(keyNames(plan.deferredForeignKeys())).containsExactly("identity.account/fk_account_core_account_id");
		assertThat(plan.cycles()).singleElement()
			.satisfies((cycle) -> assertThat(cycle.tables()).containsExactly(names("core.account", "identity.account")));
	}

	@Test
	void referencesToTablesOutsideTheModelAreIgnoredForOrdering() {
		SchemaModel model = model().tables("a", "b")
			.requiredFk("a", "elsewhere.ghost")
			.requiredFk("b", "phantom")
			.requiredFk("b", "a")
			.build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.tableOrder()).containsExactly(names("a", "b"));
		assertThat(plan.deferredForeignKeys()).isEmpty();
		assertThat(plan.cycles()).isEmpty();
		assertThat(plan.schemas()).isEmpty();
	}

	@Test
	void sameModelInAnyInputOrderGivesTheSamePlan() {
		ModelBuilder builder = model().tables("core.order", "core.line", "identity.user", "product", "category", "tag")
			.optionalFk("core.order", "core.line")
			.optionalFk("core.order", "tag")
			.requiredFk("core.line", "core.order")
			.requiredFk("core.line", "product")
			.requiredFk("tag", "core.order")
			.requiredFk("core.order", "identity.user")
			.fk("category", "parent_id", "category", true)
			.requiredFk("product", "category")
			.sequence("identity.user_seq")
			.sequence("core.order_seq");
		String expected = describe(planner.plan(builder.build()));

		for (long seed = 0; seed < 25; seed++) {
			CreationPlan plan = planner.plan(builder.buildShuffled(new Random(seed)));
			assertThat(describe(plan)).as("seed %d", seed).isEqualTo(expected);
		}
		assertThat(expected).contains("deferred=[core.order/fk_order_line_id, core.order/fk_order_tag_id]");
	}

	@Test
	void longChainIsOrderedFromItsEnd() {
		int size = 2_000;
		ModelBuilder builder = model();
		IntStream.range(0, size).forEach((i) -> builder.tables(chainName(i)));
		IntStream.range(0, size - 1).forEach((i) -> builder.requiredFk(chainName(i), chainName(i + 1)));
		SchemaModel model = builder.build();

		CreationPlan plan = planner.plan(model);

		List<TableName> expected = IntStream.iterate(size - 1, (i) -> i >= 0, (i) -> i - 1)
			.mapToObj((i) -> TableName.of(chainName(i)))
			.toList();
		assertThat(plan.tableOrder()).isEqualTo(expected);
		assertThat(plan.deferredForeignKeys()).isEmpty();
		assertThat(plan.cycles()).isEmpty();
	}

	@Test
	void longCycleIsBrokenAtItsOnlyOptionalKey() {
		int size = 2_000;
		ModelBuilder builder = model();
		IntStream.range(0, size).forEach((i) -> builder.tables(chainName(i)));
		IntStream.range(0, size - 1).forEach((i) -> builder.requiredFk(chainName(i), chainName(i + 1)));
		builder.fk(chainName(size - 1), "first_id", chainName(0), true);
		SchemaModel model = builder.build();

		CreationPlan plan = planner.plan(model);

		assertThat(keyNames(plan.deferredForeignKeys())).containsExactly("t1999/fk_t1999_first_id");
		assertThat(plan.cycles()).singleElement().satisfies((cycle) -> {
			assertThat(cycle.tables()).hasSize(size);
			assertThat(cycle.isBreakable()).isTrue();
		});
		assertThat(plan.tableOrder().get(0)).isEqualTo(TableName.of("t1999"));
		assertOrderInvariant(model, plan);
	}

	@Test
	void largeRandomAcyclicModelRespectsEveryReference() {
		Random random = new Random(42);
		int size = 2_000;
		List<String> names = shuffledNames(size, random);
		ModelBuilder builder = model();
		names.forEach(builder::tables);
		for (int i = 0; i < size - 1; i++) {
			for (int k = random.nextInt(4); k > 0; k--) {
				int target = i + 1 + random.nextInt(size - i - 1);
				builder.fk(names.get(i), "ref" + k + "_id", names.get(target), random.nextBoolean());
			}
		}
		SchemaModel model = builder.build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.deferredForeignKeys()).isEmpty();
		assertThat(plan.cycles()).isEmpty();
		assertOrderInvariant(model, plan);
	}

	@Test
	void largeRandomModelWithCyclesDefersOnlyOptionalKeysWhenRequiredKeysFormNoCycle() {
		Random random = new Random(7);
		int size = 2_000;
		List<String> names = shuffledNames(size, random);
		ModelBuilder builder = model();
		names.forEach(builder::tables);
		for (int i = 0; i < size; i++) {
			for (int k = random.nextInt(4); k > 0; k--) {
				int target = random.nextInt(size);
				if (target != i) {
					// Required keys only point "forward" in a hidden order, so they alone never form a cycle.
					builder.fk(names.get(i), "ref" + k + "_id", names.get(target), target < i);
				}
			}
		}
		SchemaModel model = builder.build();

		CreationPlan plan = planner.plan(model);

		assertThat(plan.cycles()).isNotEmpty();
		assertThat(plan.deferredForeignKeys()).isNotEmpty().allMatch(ForeignKey::optional);
		assertThat(plan.cycles()).allMatch(ForeignKeyCycle::isBreakable);
		assertOrderInvariant(model, plan);
	}

	/**
	 * Every table appears once; every key that is not deferred and not a self-reference points at a table created
	 * earlier; every deferred key points at a table created later, inside the same reported cycle.
	 */
	static void assertOrderInvariant(SchemaModel model, CreationPlan plan) {
		assertThat(plan.tableOrder()).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(model.tablesByName().keySet());
		Map<TableName, Integer> position = new HashMap<>();
		for (int i = 0; i < plan.tableOrder().size(); i++) {
			position.put(plan.tableOrder().get(i), i);
		}
		Map<TableName, ForeignKeyCycle> cycleOf = new HashMap<>();
		plan.cycles().forEach((cycle) -> cycle.tables().forEach((table) -> cycleOf.put(table, cycle)));
		for (Table table : model.tables()) {
			for (ForeignKey foreignKey : table.foreignKeys()) {
				Integer target = position.get(foreignKey.referencedTable());
				if (target == null || foreignKey.isSelfReference()) {
					assertThat(plan.isDeferred(foreignKey)).as("deferred %s", foreignKey).isFalse();
				}
				else if (plan.isDeferred(foreignKey)) {
					assertThat(target).as("target of deferred %s", foreignKey).isGreaterThan(position.get(table.name()));
					assertThat(cycleOf.get(table.name())).as("cycle of %s", foreignKey)
						.isNotNull()
						.isSameAs(cycleOf.get(foreignKey.referencedTable()));
					assertThat(cycleOf.get(table.name()).deferredForeignKeys()).contains(foreignKey);
				}
				else {
					assertThat(target).as("target of %s", foreignKey).isLessThan(position.get(table.name()));
				}
			}
		}
		assertThat(plan.cycles().stream().mapToInt((cycle) -> cycle.deferredForeignKeys().size()).sum())
			.isEqualTo(plan.deferredForeignKeys().size());
	}

	private static String describe(CreationPlan plan) {
		return "schemas=" + plan.schemas() + "\nsequences=" + plan.sequences() + "\ntables=" + plan.tableOrder()
				+ "\ndeferred=" + keyNames(plan.deferredForeignKeys()) + "\ncycles="
				+ plan.cycles().stream().map((cycle) -> cycle.tables() + " broken by "
						+ keyNames(cycle.deferredForeignKeys()) + " breakable " + cycle.isBreakable()).toList();
	}

	private static List<String> keyNames(List<ForeignKey> foreignKeys) {
		return foreignKeys.stream().map((foreignKey) -> foreignKey.table() + "/" + foreignKey.name()).toList();
	}

	private static TableName[] names(String... names) {
		return Arrays.stream(names).map(TableName::of).toArray(TableName[]::new);
	}

	private static String chainName(int i) {
		return "t" + i;
	}

	private static List<String> shuffledNames(int size, Random random) {
		List<String> names = new ArrayList<>(IntStream.range(0, size).mapToObj((i) -> "table_" + i).toList());
		Collections.shuffle(names, random);
		return names;
	}

}
