package dev.schemabootstrap.benchmarks.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The next version of a generated model for the incremental-diff comparison: {@code count} entities, spread
 * evenly over the model, each get one change a developer makes between two releases, in turn a new column
 * ({@code review_note varchar(200)}), a new nullable key to {@code Customer0000} (a column and a foreign key),
 * or a new table ({@code ChangeNoteNNNN}, an identity id, a text and a NOT NULL key to the changed entity).
 */
final class ModelChanges {

	private final int size;

	private final int count;

	ModelChanges(int size, int count) {
		if (count > size) {
			throw new IllegalArgumentException("Cannot change " + count + " entities of a model of " + size);
		}
		this.size = size;
		this.count = count;
	}

	/** The indexes of the changed entities, evenly spread, none of them entity 0 (the key target). */
	List<Integer> changed() {
		List<Integer> changed = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			changed.add(1 + (int) ((long) i * (size - 1) / count));
		}
		return changed;
	}

	/** The sources with the changes applied, and the new entities after the changed ones. */
	Map<String, String> apply(Map<String, String> sources, List<String> entityClassNames) {
		Map<String, String> changed = new LinkedHashMap<>(sources);
		List<Integer> indexes = changed();
		for (int n = 0; n < indexes.size(); n++) {
			int index = indexes.get(n);
			String className = EntitySourceGenerator.className(index);
			String source = changed.get(className);
			switch (n % 3) {
				case 0 -> changed.put(className, beforeLastBrace(source,
						"\t@Column(name = \"review_note\", length = 200)\n\tprivate String reviewNote;\n\n"));
				case 1 -> changed.put(className, beforeLastBrace(source,
						"\t@ManyToOne(fetch = FetchType.LAZY)\n\t@JoinColumn(name = \"audit_customer_id\")\n\tprivate "
								+ EntitySourceGenerator.simpleName(0) + " auditCustomer;\n\n"));
				default -> {
					String name = newEntityName(index);
					changed.put(EntitySourceGenerator.PACKAGE + "." + name, newEntity(name, index, source));
					entityClassNames.add(EntitySourceGenerator.PACKAGE + "." + name);
				}
			}
		}
		return changed;
	}

	static String newEntityName(int index) {
		return "ChangeNote" + String.format("%04d", index);
	}

	private static String newEntity(String name, int owner, String ownerSource) {
		String schema = ownerSource.replaceFirst("(?s).*@Table\\(schema = \"([a-z]+)\".*", "$1");
		return "package " + EntitySourceGenerator.PACKAGE + ";\n\nimport jakarta.persistence.*;\n\n@Entity\n"
				+ "@Table(schema = \"" + schema + "\")\npublic class " + name + " {\n\n"
				+ "\t@Id\n\t@GeneratedValue(strategy = GenerationType.IDENTITY)\n\tprivate Long id;\n\n"
				+ "\t@Column(name = \"note\", nullable = false, length = 500)\n\tprivate String note;\n\n"
				+ "\t@ManyToOne(fetch = FetchType.LAZY, optional = false)\n\t@JoinColumn(name = \"owner_id\", nullable = false)\n"
				+ "\tprivate " + EntitySourceGenerator.simpleName(owner) + " owner;\n\n}\n";
	}

	private static String beforeLastBrace(String source, String members) {
		int brace = source.lastIndexOf('}');
		return source.substring(0, brace) + members + source.substring(brace);
	}

}
