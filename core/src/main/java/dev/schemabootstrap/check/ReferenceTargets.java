package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.schemabootstrap.model.MappedEntity;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;

/**
 * The tables with a single-column primary key that the {@code <name>} of a {@code <name>_id} column may point at,
 * by how likely each reading of the name is:
 * <ol>
 * <li>a table called {@code <name>} (or its plural), or the table of an entity called {@code <Name>}, whatever
 * {@code @Table} or the naming strategy calls it ({@code monitor_id} and the entity {@code Monitor} on
 * {@code app_monitor});</li>
 * <li>a table called {@code <name>} once the prefix or suffix that most tables of the unit share is taken off
 * ({@code app_}, {@code t_}, {@code _tab});</li>
 * <li>the same two for each tail of {@code <name>} after an underscore, longest first ({@code parent_category}
 * reads as {@code category});</li>
 * <li>a table or entity whose name, without the shared prefix or suffix, ends in {@code _<name>}
 * ({@code template_id} and the entity {@code NoticeTemplate}).</li>
 * </ol>
 */
final class ReferenceTargets {

	private final Map<String, Set<Table>> byName;

	private final Map<String, Set<Table>> byAffixedName;

	private ReferenceTargets(Map<String, Set<Table>> byName, Map<String, Set<Table>> byAffixedName) {
		this.byName = byName;
		this.byAffixedName = byAffixedName;
	}

	static ReferenceTargets of(SchemaModel model, MappingModel mapping) {
		Map<TableName, Table> tables = model.tables()
			.stream()
			.filter((table) -> table.primaryKey() != null && table.primaryKey().columns().size() == 1)
			.collect(Collectors.toMap(Table::name, Function.identity(), (first, second) -> first));
		Map<String, Set<Table>> byName = new HashMap<>();
		tables.values().forEach((table) -> add(byName, lower(table.name().name()), table));
		for (MappedEntity entity : mapping.entities()) {
			Table table = tables.get(entity.table());
			if (table != null) {
				add(byName, snakeCase(entity.entityName()), table);
				add(byName, snakeCase(Subjects.simpleName(entity.className())), table);
			}
		}
		Set<String> words = byName.keySet();
		List<String> names = model.tables().stream().map((table) -> lower(table.name().name())).toList();
		Optional<String> prefix = sharedAffix(names, words, true);
		Optional<String> suffix = sharedAffix(names, words, false);
		Map<String, Set<Table>> byAffixedName = new HashMap<>();
		for (Table table : tables.values()) {
			String name = lower(table.name().name());
			String bare = name;
			if (prefix.isPresent() && bare.startsWith(prefix.get()) && bare.length() > prefix.get().length()) {
				bare = bare.substring(prefix.get().length());
			}
			if (suffix.isPresent() && bare.endsWith(suffix.get()) && bare.length() > suffix.get().length()) {
				bare = bare.substring(0, bare.length() - suffix.get().length());
			}
			if (!bare.equals(name)) {
				add(byAffixedName, bare, table);
			}
		}
		return new ReferenceTargets(byName, byAffixedName);
	}

	/**
	 * The tables of each reading of the name, likeliest first, each sorted by name.
	 * @param name the column's name without {@code _id}, in lower case
	 */
	List<List<Table>> candidates(String name) {
		List<List<Table>> readings = new ArrayList<>();
		readings.add(lookup(byName, name));
		readings.add(lookup(byAffixedName, name));
		for (int underscore = name.indexOf('_'); underscore > 0; underscore = name.indexOf('_', underscore + 1)) {
			String tail = name.substring(underscore + 1);
			readings.add(lookup(byName, tail));
			readings.add(lookup(byAffixedName, tail));
		}
		readings.add(endingIn(name));
		return readings;
	}

	private List<Table> endingIn(String name) {
		Set<Table> found = new LinkedHashSet<>();
		for (Map<String, Set<Table>> tables : List.of(byName, byAffixedName)) {
			tables.forEach((candidate, named) -> {
				if (candidate.endsWith("_" + name)) {
					found.addAll(named);
				}
			});
		}
		return found.stream().sorted(Comparator.comparing(Table::name)).toList();
	}

	private static List<Table> lookup(Map<String, Set<Table>> tables, String name) {
		Set<Table> found = new LinkedHashSet<>();
		for (String variant : List.of(name, name + "s", name + "es",
				name.endsWith("y") ? name.substring(0, name.length() - 1) + "ies" : name)) {
			found.addAll(tables.getOrDefault(variant, Set.of()));
		}
		return found.stream().sorted(Comparator.comparing(Table::name)).toList();
	}

	/**
	 * The longest prefix ({@code app_}) or suffix ({@code _tab}) that more than half of the tables, and at least
	 * two, carry, unless it is itself the name of a table or entity ({@code user_} of {@code user},
	 * {@code user_role}, {@code user_group} is a word, not a naming convention).
	 */
	private static Optional<String> sharedAffix(List<String> names, Set<String> words, boolean prefix) {
		Map<String, Integer> counts = new HashMap<>();
		for (String name : names) {
			Set<String> affixes = new LinkedHashSet<>();
			for (int underscore = name.indexOf('_'); underscore > 0 && underscore < name.length() - 1;
					underscore = name.indexOf('_', underscore + 1)) {
				affixes.add(prefix ? name.substring(0, underscore + 1) : name.substring(underscore));
			}
			affixes.forEach((affix) -> counts.merge(affix, 1, Integer::sum));
		}
		return counts.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() >= 2 && entry.getValue() * 2 > names.size())
			.map(Map.Entry::getKey)
			.filter((affix) -> !words.contains(affix.replaceAll("^_|_$", "")))
			.max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
	}

	private static void add(Map<String, Set<Table>> tables, String name, Table table) {
		tables.computeIfAbsent(name, (key) -> new LinkedHashSet<>()).add(table);
	}

	private static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	/** {@code AlertDefine} as {@code alert_define}, {@code HTTPRequest} as {@code http_request}. */
	static String snakeCase(String name) {
		StringBuilder snake = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(name.charAt(i - 1))
					|| Character.isDigit(name.charAt(i - 1))
					|| (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))))) {
				snake.append('_');
			}
			snake.append(Character.toLowerCase(c));
		}
		return snake.toString().replace("__", "_");
	}

}
