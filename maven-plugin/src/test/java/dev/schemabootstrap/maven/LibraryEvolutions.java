package dev.schemabootstrap.maven;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dev.schemabootstrap.maven.LibraryModel.Entity;
import dev.schemabootstrap.maven.LibraryModel.Field;
import dev.schemabootstrap.maven.LibraryModel.Kind;

/**
 * The changes a team makes to its entities over a year, one at a time, chosen by a seeded {@link Random}: each
 * changes the model and tells the rows what becomes of the rows already there. The first seven steps make each kind
 * of change once, in an order of the seed's; then any kind, as often as the seed says.
 */
final class LibraryEvolutions {

	/** The kinds of change a step makes. */
	enum Change {

		NEW_ENTITY, NEW_COLUMN, WIDEN, NOT_NULL_WITH_DEFAULT, NEW_INDEX, ENUM_VALUE_ADDED, REMOVAL

	}

	private static final List<String[]> NEW_ENTITIES = List.of(new String[] { "Publisher", "publishers" },
			new String[] { "Shelf", "shelves" }, new String[] { "Branch", "branches" },
			new String[] { "Review", "reviews" }, new String[] { "Reservation", "reservations" },
			new String[] { "Edition", "editions" }, new String[] { "Award", "awards" },
			new String[] { "Donation", "donations" }, new String[] { "Visit", "visits" },
			new String[] { "Course", "courses" }, new String[] { "Volunteer", "volunteers" },
			new String[] { "Series", "series_list" });

	private final Random random;

	private final LibraryModel model;

	private final LibraryRows rows;

	private final List<Change> firstOfEach = new ArrayList<>(List.of(Change.values()));

	private int step;

	private boolean indexOnForeignKey;

	LibraryEvolutions(Random random, LibraryModel model, LibraryRows rows) {
		this.random = random;
		this.model = model;
		this.rows = rows;
		Collections.shuffle(firstOfEach, random);
	}

	/** Changes the model once; says which kind of change and what was changed. */
	Step next() {
		step++;
		Change change = step <= firstOfEach.size() ? firstOfEach.get(step - 1)
				: Change.values()[random.nextInt(Change.values().length)];
		indexOnForeignKey = false;
		String description = apply(change);
		if (description == null) {
			change = Change.NEW_COLUMN;
			description = apply(change);
		}
		return new Step(step, change, description, indexOnForeignKey);
	}

	/**
	 * @param number from 1
	 * @param change its kind
	 * @param description what it changed, in words
	 * @param indexOnForeignKey whether it declares an index on a foreign key's column, which a database that indexes
	 * foreign keys itself (H2, MariaDB) already has
	 */
	record Step(int number, Change change, String description, boolean indexOnForeignKey) {

		@Override
		public String toString() {
			return "step " + number + " " + change + ": " + description;
		}

	}

	/** The change made, in words, or {@code null} when the model has nothing this change can apply to. */
	private String apply(Change change) {
		return switch (change) {
			case NEW_ENTITY -> newEntity();
			case NEW_COLUMN -> newColumn();
			case WIDEN -> widen();
			case NOT_NULL_WITH_DEFAULT -> notNullWithDefault();
			case NEW_INDEX -> newIndex();
			case ENUM_VALUE_ADDED -> enumValueAdded();
			case REMOVAL -> removal();
		};
	}

	private String newEntity() {
		String[] name = NEW_ENTITIES.stream()
			.filter((candidate) -> model.entities.stream().noneMatch((e) -> e.className().equals(candidate[0])))
			.findFirst()
			.orElse(new String[] { "Extra" + step, "extras_" + step });
		List<Field> fields = new ArrayList<>();
		fields.add(LibraryModel.Field.of("name", Kind.STRING, false).withLength(20 + random.nextInt(200)));
		fields.add(randomField("detail", random.nextBoolean()));
		Entity target = any(model.entities);
		fields.add(LibraryModel.reference(target.className().toLowerCase() + "_id", target.className(),
				random.nextBoolean()));
		model.entities.add(new Entity(name[0], name[1], fields, List.of()));
		return "new entity " + name[0] + " (" + name[1] + ") referencing " + target.className();
	}

	private String newColumn() {
		Entity entity = any(model.entities);
		Field field = randomField(null, true);
		entity.fields().add(field);
		rows.columnAdded(entity.table(), field.column(), null);
		return "new column " + entity.table() + "." + field.column() + " " + field.kind();
	}

	private String widen() {
		List<Object[]> candidates = new ArrayList<>();
		for (Entity entity : model.entities) {
			for (Field field : entity.fields()) {
				if (field.kind() == Kind.STRING || field.kind() == Kind.INT
						|| (field.kind() == Kind.DECIMAL && field.length() < 30)) {
					candidates.add(new Object[] { entity, field });
				}
			}
		}
		if (candidates.isEmpty()) {
			return null;
		}
		Object[] chosen = any(candidates);
		Entity entity = (Entity) chosen[0];
		Field field = (Field) chosen[1];
		Field wider = switch (field.kind()) {
			case STRING -> field.withLength(field.length() + 10 + random.nextInt(400));
			case INT -> field.withKind(Kind.LONG);
			default -> field.withLength(Math.min(30, field.length() + 1 + random.nextInt(6)));
		};
		entity.replace(wider);
		return "widen " + entity.table() + "." + field.column() + " " + describe(field) + " to " + describe(wider);
	}

	private String notNullWithDefault() {
		Entity entity = any(model.entities);
		String column = "kept_" + step;
		Field field = switch (random.nextInt(5)) {
			case 0 -> new Field(column, Kind.STRING, 30, false, null, null, "'none'");
			case 1 -> new Field(column, Kind.INT, 0, false, null, null, "0");
			case 2 -> new Field(column, Kind.BOOLEAN, 0, false, null, null, "false");
			case 3 -> new Field(column, Kind.DECIMAL, 10, false, null, null, "0");
			default -> {
				String enumName = any(new ArrayList<>(model.enums.keySet()));
				yield new Field(column, Kind.ENUM, 0, false, enumName, null,
						"'" + model.enums.get(enumName).get(0) + "'");
			}
		};
		entity.fields().add(field);
		rows.columnAdded(entity.table(), column, field.defaultValue().replace("'", ""));
		return "new NOT NULL column " + entity.table() + "." + column + " " + field.kind() + " default "
				+ field.defaultValue();
	}

	private String newIndex() {
		List<Object[]> candidates = new ArrayList<>();
		for (Entity entity : model.entities) {
			for (Field field : entity.fields()) {
				if (!entity.indexed().contains(field.column())) {
					candidates.add(new Object[] { entity, field });
				}
			}
		}
		if (candidates.isEmpty()) {
			return null;
		}
		Object[] chosen = any(candidates);
		Entity entity = (Entity) chosen[0];
		Field field = (Field) chosen[1];
		entity.indexed().add(field.column());
		indexOnForeignKey = field.kind() == Kind.REFERENCE;
		return "new index on " + entity.table() + "." + field.column() + " " + field.kind();
	}

	private String enumValueAdded() {
		String enumName = any(new ArrayList<>(model.enums.keySet()));
		String value = enumName.toUpperCase() + "_" + step;
		model.enums.get(enumName).add(value);
		return "enum " + enumName + " gains " + value;
	}

	private String removal() {
		if (model.entities.size() > 4 && random.nextInt(3) == 0) {
			// An entity goes, and with it the references other entities have to it: their columns and keys.
			Entity entity = any(model.entities);
			model.entities.remove(entity);
			rows.tableDropped(entity.table());
			List<String> references = new ArrayList<>();
			for (Entity other : model.entities) {
				for (Field field : List.copyOf(other.fields())) {
					if (entity.className().equals(field.target())) {
						other.fields().remove(field);
						other.indexed().remove(field.column());
						rows.columnDropped(other.table(), field.column());
						references.add(other.table() + "." + field.column());
					}
				}
			}
			return "remove entity " + entity.className() + " (" + entity.table() + ")"
					+ (references.isEmpty() ? "" : " and the references to it " + references);
		}
		List<Object[]> candidates = new ArrayList<>();
		for (Entity entity : model.entities) {
			if (entity.fields().size() > 1) {
				for (Field field : entity.fields()) {
					candidates.add(new Object[] { entity, field });
				}
			}
		}
		Object[] chosen = any(candidates);
		Entity entity = (Entity) chosen[0];
		Field field = (Field) chosen[1];
		entity.fields().remove(field);
		entity.indexed().remove(field.column());
		rows.columnDropped(entity.table(), field.column());
		return "remove column " + entity.table() + "." + field.column() + " " + field.kind();
	}

	/** A nullable column of any kind, a reference to any entity included. */
	private Field randomField(String name, boolean nullable) {
		Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
		String column = (name != null ? name : kind.name().toLowerCase() + "_" + step);
		return switch (kind) {
			case ENUM -> LibraryModel.enumField(column, any(new ArrayList<>(model.enums.keySet())), nullable);
			case REFERENCE -> LibraryModel.reference(column, any(model.entities).className(), true);
			default -> LibraryModel.Field.of(column, kind, nullable);
		};
	}

	private static String describe(Field field) {
		return switch (field.kind()) {
			case STRING -> "varchar(" + field.length() + ")";
			case DECIMAL -> "numeric(" + field.length() + ",2)";
			default -> field.kind().name().toLowerCase();
		};
	}

	private <T> T any(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

}
