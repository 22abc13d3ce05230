package dev.schemabootstrap.randomized.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.randomized.entities.EntitySpec.KeyKind;
import dev.schemabootstrap.randomized.entities.EntitySpec.NamedColumns;
import dev.schemabootstrap.randomized.entities.EntitySpec.Reference;
import dev.schemabootstrap.randomized.entities.RandomEntityGenerator.Shape;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeds the randomized tests run cover every shape the generator promises, and a seed always gives the same. */
class RandomEntityGeneratorTests {

	private static final Shape H2 = new Shape(256, true, "", false);

	/** The entities of the seeds {@code RandomEntityModelTests} runs. */
	private static List<EntitySpec> entitiesOfTheTestedSeeds() {
		List<EntitySpec> entities = new ArrayList<>();
		for (long seed = 0; seed < 30; seed++) {
			entities.addAll(new RandomEntityGenerator(seed, H2).entities());
		}
		return entities;
	}

	@Test
	void theTestedSeedsCoverEveryKindOfKeyReferenceAndConstraint() {
		List<EntitySpec> entities = entitiesOfTheTestedSeeds();
		assertThat(entities).extracting(EntitySpec::key).contains(KeyKind.values());
		List<Reference> references = entities.stream().flatMap((entity) -> entity.references().stream()).toList();
		assertSome(entities, "a key to a later entity (a cycle)",
				(entity) -> entity.references().stream().anyMatch((reference) -> reference.target() > entity.index()));
		assertSome(entities, "a self-reference",
				(entity) -> entity.references().stream().anyMatch((reference) -> reference.target() == entity.index()));
		assertThat(references).as("required by optional = false alone")
			.anySatisfy((reference) -> assertThat(!reference.optional() && reference.nullable()).isTrue());
		assertThat(references).as("required by nullable = false alone")
			.anySatisfy((reference) -> assertThat(reference.optional() && !reference.nullable()).isTrue());
		assertThat(references).as("to a composite key").anySatisfy((reference) -> assertThat(reference.columns()).hasSize(2));
		assertThat(references).as("with a named foreign key")
			.anySatisfy((reference) -> assertThat(reference.foreignKeyName()).isNotNull());
		assertThat(references).as("a one-to-one").anySatisfy((reference) -> assertThat(reference.oneToOne()).isTrue());
		assertThat(references).as("on delete cascade")
			.anySatisfy((reference) -> assertThat(reference.deleteCascade()).isTrue());
		assertSome(entities, "a table in a named schema", (entity) -> entity.schema() != null);
		assertSome(entities, "a unique constraint over two columns",
				(entity) -> entity.uniques().stream().anyMatch((unique) -> unique.columns().size() == 2));
		assertSome(entities, "an index over two columns",
				(entity) -> entity.indexes().stream().anyMatch((index) -> index.columns().size() == 2));
		assertSome(entities, "a table name of exactly the limit", (entity) -> entity.table().length() == 256);
		assertSome(entities, "an index name of exactly the limit",
				(entity) -> entity.indexes().stream().map(NamedColumns::name).anyMatch((name) -> name.length() == 256));
		assertSome(entities, "a column name of exactly the limit",
				(entity) -> entity.columnNames().stream().anyMatch((name) -> name.length() == 256));
	}

	@Test
	void theTestedSeedsHaveModelsOfOneToSixtyEntities() {
		List<Integer> sizes = new ArrayList<>();
		for (long seed = 0; seed < 30; seed++) {
			sizes.add(new RandomEntityGenerator(seed, H2).entities().size());
		}
		assertThat(sizes).allSatisfy((size) -> assertThat(size).isBetween(1, 60));
		assertThat(sizes).anySatisfy((size) -> assertThat(size).isLessThan(5));
		assertThat(sizes).anySatisfy((size) -> assertThat(size).isGreaterThan(50));
	}

	@Test
	void noNameExceedsTheLimit() {
		Shape postgres = new Shape(63, true, "r7_", false);
		for (long seed = 0; seed < 30; seed++) {
			for (EntitySpec entity : new RandomEntityGenerator(seed, postgres).entities()) {
				List<String> names = new ArrayList<>(entity.columnNames());
				names.add(entity.table());
				entity.indexes().forEach((index) -> names.add(index.name()));
				entity.uniques().forEach((unique) -> names.add(unique.name()));
				assertThat(names).allSatisfy((name) -> assertThat(name).hasSizeLessThanOrEqualTo(63));
			}
		}
	}

	@Test
	void aSeedAlwaysGivesTheSameSources() {
		assertThat(new RandomEntityGenerator(12, H2).sources()).isEqualTo(new RandomEntityGenerator(12, H2).sources())
			.isNotEqualTo(new RandomEntityGenerator(13, H2).sources());
	}

	private static void assertSome(List<EntitySpec> entities, String what, Predicate<EntitySpec> condition) {
		assertThat(entities.stream().anyMatch(condition)).as("some entity has %s", what).isTrue();
	}

}
