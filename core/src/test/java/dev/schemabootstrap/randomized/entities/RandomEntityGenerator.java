package dev.schemabootstrap.randomized.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.schemabootstrap.randomized.entities.EntitySpec.Basic;
import dev.schemabootstrap.randomized.entities.EntitySpec.KeyKind;
import dev.schemabootstrap.randomized.entities.EntitySpec.NamedColumns;
import dev.schemabootstrap.randomized.entities.EntitySpec.Reference;

/**
 * A random but valid entity model from a seed: 1 to 60 entities with Long, UUID and composite keys
 * ({@code @EmbeddedId}, {@code @IdClass}); required and optional {@code @ManyToOne} (sometimes {@code @OneToOne})
 * keys to earlier entities, to later ones (cycles) and to themselves; tables spread over schemas; unique
 * constraints and indexes; and about one name in six as long as the dialect allows. Every key to a later entity or
 * to itself is nullable, so every cycle can be broken; {@link Shape#requiredCycle()} adds one cycle of NOT NULL
 * keys on purpose, which no database can ever hold a row of. The same seed and shape give the same sources.
 */
public final class RandomEntityGenerator {

	/**
	 * What to generate besides the seed's randomness.
	 * @param identifierLimit the longest name the dialect accepts: the long names are this long or up to two shorter
	 * @param schemas whether tables go into named schemas too
	 * @param prefix starts every table, schema, index and constraint name, so that models of several seeds can share
	 * one database
	 * @param requiredCycle whether to add a cycle of NOT NULL keys (the model is then invalid)
	 */
	public record Shape(int identifierLimit, boolean schemas, String prefix, boolean requiredCycle) {

	}

	private static final String FILLER = "_with_a_name_as_long_as_the_database_allows";

	private final long seed;

	private final Shape shape;

	private final Random random;

	private List<EntitySpec> specs;

	private List<String> requiredCycle = List.of();

	public RandomEntityGenerator(long seed, Shape shape) {
		this.seed = seed;
		this.shape = shape;
		this.random = new Random(seed);
	}

	/** The Java package of the generated classes. */
	public String packageName() {
		return "dev.schemabootstrap.randomized.generated.s" + seed;
	}

	/** The sources by fully qualified class name, in entity order. */
	public Map<String, String> sources() {
		Map<String, String> sources = new LinkedHashMap<>();
		for (EntitySpec entity : entities()) {
			sources.put(packageName() + "." + entity.className(),
					new EntitySourceWriter(packageName(), entity, this::targetOf).write());
		}
		return sources;
	}

	List<EntitySpec> entities() {
		if (specs == null) {
			specs = generate();
		}
		return specs;
	}

	/** The two tables that {@link Shape#requiredCycle()} joins by NOT NULL keys, as {@code schema.table}. */
	public List<String> requiredCycleTables() {
		entities();
		return requiredCycle;
	}

	private static String qualified(EntitySpec entity) {
		return entity.schema() == null ? entity.table() : entity.schema() + "." + entity.table();
	}

	private EntitySpec targetOf(int index) {
		return entities().get(index);
	}

	private List<EntitySpec> generate() {
		// A cycle needs two entities.
		int size = shape.requiredCycle() ? 2 + random.nextInt(59) : 1 + random.nextInt(60);
		List<KeyKind> keys = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			keys.add(KeyKind.values()[random.nextInt(KeyKind.values().length)]);
		}
		List<EntitySpec> entities = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			entities.add(entity(i, size, keys));
		}
		if (shape.requiredCycle()) {
			int first = random.nextInt(size - 1);
			int second = first + 1 + random.nextInt(size - first - 1);
			entities.set(first, withReference(entities.get(first), second, keys.get(second)));
			entities.set(second, withReference(entities.get(second), first, keys.get(first)));
			requiredCycle = List.of(qualified(entities.get(first)), qualified(entities.get(second)));
		}
		return entities;
	}

	private EntitySpec entity(int i, int size, List<KeyKind> keys) {
		String schema = shape.schemas() ? List.of("", "alpha", "beta").get(random.nextInt(3)) : "";
		KeyKind key = keys.get(i);
		// Hibernate names an entity's sequence after its table, plus "_seq".
		String table = name(shape.prefix() + "t" + i, key == KeyKind.LONG_SEQUENCE ? "_seq".length() : 0);
		String idColumn = key.composite() ? null : name("id");
		List<Basic> basics = new ArrayList<>();
		int basicCount = 1 + random.nextInt(5);
		for (int k = 0; k < basicCount; k++) {
			basics.add(basic(name("c" + k)));
		}
		List<Reference> references = new ArrayList<>();
		int referenceCount = random.nextInt(4);
		for (int k = 0; k < referenceCount; k++) {
			// Mostly earlier entities; sometimes a later one (a cycle) or the entity itself.
			int draw = random.nextInt(10);
			int target = draw < 7 || i + 1 >= size ? random.nextInt(i + 1) : i + 1 + random.nextInt(size - i - 1);
			// A key back to an earlier entity may be required; one forward or to itself may not, so that every
			// cycle has a key that can stay empty.
			Requirement requirement = target < i && random.nextBoolean()
					? Requirement.values()[1 + random.nextInt(3)] : Requirement.OPTIONAL;
			references.add(reference(i, k, target, keys.get(target), requirement));
		}
		EntitySpec draft = new EntitySpec(i, className(i), schema.isEmpty() ? null : shape.prefix() + schema, table,
				key, idColumn, basics, references, List.of(), List.of());
		return withConstraints(draft);
	}

	private String className(int i) {
		return "S" + seed + "Entity" + i;
	}

	private Basic basic(String column) {
		boolean nullable = random.nextInt(3) != 0;
		boolean unique = random.nextInt(12) == 0;
		return switch (random.nextInt(12)) {
			case 0 -> new Basic(column, "String", "length = " + (1 + random.nextInt(300)), nullable, unique);
			case 1 -> new Basic(column, "Integer", "", nullable, unique);
			case 2 -> new Basic(column, "Long", "", nullable, unique);
			case 3 -> {
				int precision = 1 + random.nextInt(30);
				yield new Basic(column, "java.math.BigDecimal",
						"precision = " + precision + ", scale = " + random.nextInt(Math.min(precision, 6) + 1),
						nullable, unique);
			}
			case 4 -> new Basic(column, "java.time.LocalDate", "", nullable, unique);
			case 5 -> new Basic(column, "java.time.LocalDateTime", "", nullable, unique);
			case 6 -> new Basic(column, "java.time.Instant", "", nullable, unique);
			case 7 -> new Basic(column, "Boolean", "", nullable, false);
			case 8 -> new Basic(column, "Double", "", nullable, false);
			case 9 -> new Basic(column, "java.util.UUID", "", nullable, unique);
			case 10 -> new Basic(column, "byte[]", "length = " + (1 + random.nextInt(500)), nullable, false);
			default -> new Basic(column, "String", "length = 40", nullable, unique);
		};
	}

	/** How a key says whether it is required. */
	private enum Requirement {

		OPTIONAL(true, true), BOTH(false, false), OPTIONAL_FALSE_ALONE(false, true), NULLABLE_FALSE_ALONE(true, false);

		final boolean optional;

		final boolean nullable;

		Requirement(boolean optional, boolean nullable) {
			this.optional = optional;
			this.nullable = nullable;
		}

	}

	private Reference reference(int owner, int k, int target, KeyKind targetKey, Requirement requirement) {
		String base = "r" + k;
		List<String> columns = targetKey.composite() ? List.of(name(base + "_code"), name(base + "_no"))
				: List.of(name(base + "_id"));
		String foreignKeyName = random.nextInt(3) == 0 ? name(shape.prefix() + "fk" + owner + "_" + k) : null;
		boolean deleteCascade = random.nextInt(8) == 0;
		boolean oneToOne = random.nextInt(8) == 0;
		return new Reference(target, columns, requirement.optional, requirement.nullable, foreignKeyName,
				deleteCascade, oneToOne);
	}

	private EntitySpec withReference(EntitySpec entity, int target, KeyKind targetKey) {
		List<Reference> references = new ArrayList<>(entity.references());
		references.add(reference(entity.index(), references.size(), target, targetKey, Requirement.BOTH));
		return new EntitySpec(entity.index(), entity.className(), entity.schema(), entity.table(), entity.key(),
				entity.idColumn(), entity.basics(), references, entity.uniques(), entity.indexes());
	}

	/** Unique constraints and indexes over basic and key columns, no two over the same columns. */
	private EntitySpec withConstraints(EntitySpec entity) {
		List<String> candidates = new ArrayList<>();
		entity.basics().forEach((basic) -> candidates.add(basic.column()));
		entity.references().forEach((reference) -> candidates.addAll(reference.columns()));
		Set<List<String>> taken = new HashSet<>();
		taken.add(entity.key().composite() ? List.of(EntitySpec.KEY_CODE, EntitySpec.KEY_NUMBER)
				: List.of(entity.idColumn()));
		entity.basics().stream().filter(Basic::unique).forEach((basic) -> taken.add(List.of(basic.column())));
		List<NamedColumns> uniques = new ArrayList<>();
		List<NamedColumns> indexes = new ArrayList<>();
		int count = random.nextInt(4);
		for (int k = 0; k < count; k++) {
			List<String> columns = new ArrayList<>();
			columns.add(candidates.get(random.nextInt(candidates.size())));
			String second = candidates.get(random.nextInt(candidates.size()));
			if (random.nextBoolean() && !columns.contains(second)) {
				columns.add(second);
			}
			if (!taken.add(List.copyOf(columns))) {
				continue;
			}
			if (random.nextInt(3) == 0) {
				uniques.add(new NamedColumns(name(shape.prefix() + "uk" + entity.index() + "_" + k), columns));
			}
			else {
				indexes.add(new NamedColumns(name(shape.prefix() + "ix" + entity.index() + "_" + k), columns));
			}
		}
		return new EntitySpec(entity.index(), entity.className(), entity.schema(), entity.table(), entity.key(),
				entity.idColumn(), entity.basics(), entity.references(), uniques, indexes);
	}

	/** The name, or about one time in six the name padded to the dialect's limit (or up to two shorter). */
	private String name(String base) {
		return name(base, 0);
	}

	/** @param reserve characters the name must leave for a suffix that makes another name of it */
	private String name(String base, int reserve) {
		if (random.nextInt(6) != 0) {
			return base;
		}
		int length = shape.identifierLimit() - reserve - random.nextInt(3);
		StringBuilder name = new StringBuilder(base);
		while (name.length() < length) {
			name.append(FILLER, 0, Math.min(FILLER.length(), length - name.length()));
		}
		return name.toString();
	}

}
