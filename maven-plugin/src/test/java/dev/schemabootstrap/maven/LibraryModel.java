package dev.schemabootstrap.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entity model a team evolves for a year: a lending library (UUID ids, enums, foreign keys), held as data so that
 * each step can change it and write it out again as Java sources ({@link #sources()}).
 */
final class LibraryModel {

	static final String PACKAGE = "yearinlife.library";

	/** The application class: its package is the application's, as with {@code @SpringBootApplication}. */
	static final String APPLICATION = PACKAGE + ".LibraryApplication";

	/** What a column holds, and how it is declared in Java. */
	enum Kind {

		STRING, INT, LONG, DECIMAL, DATE, BOOLEAN, ENUM, REFERENCE

	}

	/**
	 * A mapped attribute.
	 *
	 * @param enumName the enum of an {@code ENUM} column
	 * @param target the entity class a {@code REFERENCE} column points to
	 * @param defaultValue the SQL literal of its {@code @ColumnDefault}, or {@code null}
	 */
	record Field(String column, Kind kind, int length, boolean nullable, String enumName, String target,
			String defaultValue) {

		static Field of(String column, Kind kind, boolean nullable) {
			int length = switch (kind) {
				case STRING -> 40;
				case DECIMAL -> 8;
				default -> 0;
			};
			return new Field(column, kind, length, nullable, null, null, null);
		}

		Field withLength(int newLength) {
			return new Field(column, kind, newLength, nullable, enumName, target, defaultValue);
		}

		Field withKind(Kind newKind) {
			return new Field(column, newKind, length, nullable, enumName, target, defaultValue);
		}

	}

	/** An entity: its class, its table, its attributes besides the UUID id, and the columns it indexes. */
	record Entity(String className, String table, List<Field> fields, List<String> indexed) {

		Entity {
			fields = new ArrayList<>(fields);
			indexed = new ArrayList<>(indexed);
		}

		Optional<Field> field(String column) {
			return fields.stream().filter((field) -> field.column().equals(column)).findFirst();
		}

		void replace(Field field) {
			fields.replaceAll((each) -> each.column().equals(field.column()) ? field : each);
		}

	}

	final List<Entity> entities = new ArrayList<>();

	final Map<String, List<String>> enums = new LinkedHashMap<>();

	/** The library on the day the team owns its changelog. */
	static LibraryModel initial() {
		LibraryModel model = new LibraryModel();
		model.enums.put("Genre", new ArrayList<>(List.of("NOVEL", "POETRY")));
		model.enums.put("Standing", new ArrayList<>(List.of("ACTIVE", "SUSPENDED")));
		model.entities.add(new Entity("Author", "authors",
				List.of(Field.of("name", Kind.STRING, false).withLength(100), Field.of("born", Kind.DATE, true)),
				List.of()));
		model.entities.add(new Entity("Book", "books",
				List.of(Field.of("title", Kind.STRING, false).withLength(200), Field.of("pages", Kind.INT, true),
						Field.of("price", Kind.DECIMAL, true), enumField("genre", "Genre", true),
						reference("author_id", "Author", false)),
				List.of("title")));
		model.entities.add(new Entity("Member", "members",
				List.of(Field.of("email", Kind.STRING, false).withLength(120), Field.of("active", Kind.BOOLEAN, true),
						enumField("standing", "Standing", false)),
				List.of()));
		model.entities.add(new Entity("Loan", "loans",
				List.of(reference("book_id", "Book", false), reference("member_id", "Member", true),
						Field.of("due", Kind.DATE, true)),
				List.of()));
		return model;
	}

	static Field enumField(String column, String enumName, boolean nullable) {
		return new Field(column, Kind.ENUM, 0, nullable, enumName, null, null);
	}

	static Field reference(String column, String target, boolean nullable) {
		return new Field(column, Kind.REFERENCE, 0, nullable, null, target, null);
	}

	Entity entity(String className) {
		return entities.stream().filter((entity) -> entity.className().equals(className)).findFirst().orElseThrow();
	}

	/** Every source, by fully qualified class name: the enums, the entities and the application class. */
	Map<String, String> sources() {
		Map<String, String> sources = new LinkedHashMap<>();
		enums.forEach((name, values) -> sources.put(PACKAGE + "." + name,
				"package " + PACKAGE + ";\n\npublic enum " + name + " { " + String.join(", ", values) + " }\n"));
		for (Entity entity : entities) {
			sources.put(PACKAGE + "." + entity.className(), source(entity));
		}
		sources.put(APPLICATION, """
				package %s;

				@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
				@org.springframework.boot.autoconfigure.AutoConfigurationPackage
				public class LibraryApplication {
				}
				""".formatted(PACKAGE));
		return sources;
	}

	private static String source(Entity entity) {
		StringBuilder source = new StringBuilder("package " + PACKAGE + ";\n\nimport jakarta.persistence.*;\n\n");
		source.append("@Entity\n@Table(name = \"").append(entity.table()).append('"');
		if (!entity.indexed().isEmpty()) {
			source.append(", indexes = {");
			source.append(String.join(", ", entity.indexed()
				.stream()
				.map((column) -> "@Index(name = \"ix_" + entity.table() + "_" + column + "\", columnList = \"" + column
						+ "\")")
				.toList()));
			source.append('}');
		}
		source.append(")\npublic class ").append(entity.className()).append(" {\n\n");
		source.append("\t@Id\n\tjava.util.UUID id;\n");
		for (Field field : entity.fields()) {
			source.append('\n');
			if (field.defaultValue() != null) {
				source.append("\t@org.hibernate.annotations.ColumnDefault(\"")
					.append(field.defaultValue().replace("\"", "\\\""))
					.append("\")\n");
			}
			if (field.kind() == Kind.REFERENCE) {
				source.append("\t@ManyToOne(optional = ").append(field.nullable()).append(")\n");
				source.append("\t@JoinColumn(name = \"").append(field.column()).append("\")\n");
				source.append('\t').append(field.target()).append(' ').append(javaName(field)).append(";\n");
				continue;
			}
			if (field.kind() == Kind.ENUM) {
				source.append("\t@Enumerated(EnumType.STRING)\n");
			}
			source.append("\t@Column(name = \"").append(field.column()).append("\", nullable = ").append(field.nullable());
			if (field.kind() == Kind.STRING) {
				source.append(", length = ").append(field.length());
			}
			if (field.kind() == Kind.DECIMAL) {
				source.append(", precision = ").append(field.length()).append(", scale = 2");
			}
			source.append(")\n\t").append(javaType(field)).append(' ').append(javaName(field)).append(";\n");
		}
		return source.append("\n}\n").toString();
	}

	private static String javaName(Field field) {
		return "f_" + field.column();
	}

	private static String javaType(Field field) {
		return switch (field.kind()) {
			case STRING -> "String";
			case INT -> "Integer";
			case LONG -> "Long";
			case DECIMAL -> "java.math.BigDecimal";
			case DATE -> "java.time.LocalDate";
			case BOOLEAN -> "Boolean";
			case ENUM -> field.enumName();
			case REFERENCE -> field.target();
		};
	}

}
