package dev.schemabootstrap.benchmarks.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the Java sources of a realistic entity model of a given size: entities named after a business domain
 * in three schemas ({@code sales}, {@code inventory}, {@code billing}, in blocks), each with an id (Long by
 * identity or sequence, or UUID), 3-7 basic columns, 1-3 {@code @ManyToOne} keys, a {@code @Version} on some.
 * Keys point mostly at nearby earlier entities and at a few hubs (the first entities, like Customer or Region);
 * some are nullable. About every 25th entity closes a cycle with a nullable back-reference (two and three tables
 * long), and some reference themselves. Indexes and unique constraints are declared as a careful team would:
 * none redundant, so the model has no WARNING or ERROR finding. The same size and seed give the same sources.
 */
public final class EntitySourceGenerator {

	/** The package of the generated classes. */
	public static final String PACKAGE = "dev.schemabootstrap.benchmarks.generated";

	static final String[] SCHEMAS = { "sales", "inventory", "billing" };

	private static final String[] NOUNS = { "Customer", "Region", "Account", "Invoice", "InvoiceLine", "Product",
			"Category", "Supplier", "Warehouse", "Shipment", "Parcel", "Payment", "Refund", "Coupon", "Campaign",
			"Employee", "Department", "Project", "Task", "Ticket", "Comment", "Attachment", "Address", "Contract",
			"PriceList", "Discount", "StockItem", "Reservation", "Booking", "Vehicle", "Route", "Driver", "Store",
			"Cart", "CartItem", "Review", "Subscription", "Tariff", "Feature", "AuditEntry" };

	private final int size;

	private final long seed;

	public EntitySourceGenerator(int size, long seed) {
		if (size < 2) {
			throw new IllegalArgumentException("A model needs at least 2 entities, not " + size);
		}
		this.size = size;
		this.seed = seed;
	}

	/** The fully qualified name of entity {@code index}. */
	public static String className(int index) {
		return PACKAGE + "." + simpleName(index);
	}

	static String simpleName(int index) {
		return NOUNS[index % NOUNS.length] + String.format("%04d", index);
	}

	/** The sources by fully qualified class name: the entities in order, then the shared enum. */
	public Map<String, String> sources() {
		List<EntitySpec> entities = specs();
		Map<String, String> sources = new LinkedHashMap<>();
		for (EntitySpec entity : entities) {
			sources.put(className(entity.index()), new EntitySourceWriter(entity).write());
		}
		sources.put(PACKAGE + ".Status", "package " + PACKAGE + ";\n\npublic enum Status { DRAFT, ACTIVE, CLOSED }\n");
		return sources;
	}

	/** The entity class names, without the enum. */
	public List<String> entityClassNames() {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			names.add(className(i));
		}
		return names;
	}

	List<EntitySpec> specs() {
		Random random = new Random(seed);
		Map<Integer, List<Reference>> references = new HashMap<>();
		// Cycles first: entity i points (nullable) forward at j, and j's first key points back at i (or, for a
		// three-table cycle, at i + 1, whose first key points at i).
		Map<Integer, Integer> forcedFirstTarget = new HashMap<>();
		for (int i = 0; i + 3 < size; i++) {
			if (i % 25 == 7) {
				if (i % 50 == 7 && !forcedFirstTarget.containsKey(i + 1) && !forcedFirstTarget.containsKey(i + 2)) {
					forcedFirstTarget.put(i + 2, i + 1);
					forcedFirstTarget.put(i + 1, i);
					references.computeIfAbsent(i, (k) -> new ArrayList<>()).add(new Reference(i + 2, true));
				}
				else {
					int j = i + 1 + random.nextInt(Math.min(5, size - i - 1));
					if (!forcedFirstTarget.containsKey(j)) {
						forcedFirstTarget.put(j, i);
						references.computeIfAbsent(i, (k) -> new ArrayList<>()).add(new Reference(j, true));
					}
				}
			}
		}
		List<EntitySpec> specs = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			List<Reference> refs = references.computeIfAbsent(i, (k) -> new ArrayList<>());
			if (forcedFirstTarget.containsKey(i)) {
				refs.add(0, new Reference(forcedFirstTarget.get(i), random.nextInt(10) < 3));
			}
			int wanted = 1 + random.nextInt(3);
			if (i == 0 || (i > 2 && random.nextInt(20) == 0)) {
				refs.add(new Reference(i, true)); // parent / previous version of itself
			}
			for (int attempt = 0; refs.size() < wanted && i > 0 && attempt < 10; attempt++) {
				int target = random.nextInt(10) < 7 ? Math.max(0, i - 1 - random.nextInt(30))
						: random.nextInt(Math.min(i, 20));
				if (refs.stream().noneMatch((ref) -> ref.target() == target)) {
					refs.add(new Reference(target, random.nextInt(10) < 4));
				}
			}
			specs.add(EntitySpec.random(i, SCHEMAS[(int) ((long) i * SCHEMAS.length / size)], refs, random));
		}
		return specs;
	}

	/** A {@code @ManyToOne} from an entity to the entity {@code target}. */
	record Reference(int target, boolean nullable) {

	}

}
