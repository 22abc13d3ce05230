package dev.schemabootstrap.changelog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import liquibase.change.Change;
import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.changelog.ChangeSetNames.NameCase;

/**
 * The spellings of a changeset that quotes all names, one per way a family of databases stores a name that is not
 * quoted ({@link NameCase}), where they differ: a changelog for PostgreSQL spells the names Hibernate leaves unquoted
 * in lower case, which H2, upper-casing them, would not find. The changelog's own database comes first; each spelling
 * is for its databases only (Liquibase's {@code dbms}), or for all when there is one spelling.
 */
final class NameSpellings {

	private NameSpellings() {
	}

	/**
	 * One spelling of a changeset.
	 *
	 * @param idSuffix what the id of a spelling other than the first ends in
	 * @param dbms the databases it runs on, or {@code null} for all
	 * @param changes its changes, names spelled for those databases
	 */
	record Spelling(String idSuffix, @Nullable String dbms, List<? extends Change> changes) {
	}

	/** @param names the changeset's names as the changelog's database spells them */
	static List<Spelling> of(ChangeSetNames names, Function<ChangeSetNames, List<? extends Change>> build) {
		NameCase own = names.nameCase();
		List<NameCase> cases = new ArrayList<>(List.of(NameCase.values()));
		cases.remove(own);
		cases.add(0, own);
		// Spellings whose changes Liquibase sees as the same (equal checksums) are one, for both families.
		Map<String, List<NameCase>> families = new LinkedHashMap<>();
		Map<String, List<? extends Change>> spelled = new LinkedHashMap<>();
		for (NameCase nameCase : cases) {
			List<? extends Change> changes = build.apply(names.quotingAll(nameCase));
			String key = checksums(changes);
			families.computeIfAbsent(key, (k) -> new ArrayList<>()).add(nameCase);
			spelled.putIfAbsent(key, changes);
		}
		List<Spelling> spellings = new ArrayList<>();
		families.forEach((key, family) -> spellings.add(new Spelling(family.get(0).suffix(),
				families.size() == 1 ? null : dbms(family, families.values()), spelled.get(key))));
		return spellings;
	}

	/**
	 * Liquibase's {@code dbms} for the databases of a family: their short names, or, for the family that holds every
	 * other database, the short names of the other families' databases negated.
	 */
	private static String dbms(List<NameCase> family, Iterable<List<NameCase>> all) {
		List<String> names = new ArrayList<>();
		if (family.contains(NameCase.AS_WRITTEN)) {
			for (List<NameCase> other : all) {
				if (other != family) {
					other.forEach((nameCase) -> nameCase.databases().forEach((name) -> names.add("!" + name)));
				}
			}
		}
		else {
			family.forEach((nameCase) -> names.addAll(nameCase.databases()));
		}
		return String.join(", ", names);
	}

	private static String checksums(List<? extends Change> changes) {
		StringBuilder checksums = new StringBuilder();
		changes.forEach((change) -> checksums.append(change.generateCheckSum()).append(':'));
		return checksums.toString();
	}

}
