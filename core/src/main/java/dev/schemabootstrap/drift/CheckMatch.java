package dev.schemabootstrap.drift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.model.CheckConstraint;
import dev.schemabootstrap.model.Table;

/**
 * The check constraints of one table, expected against live, paired by what they mean ({@link CheckConditions}):
 * first the live check with the same condition, whatever its name (a schema Hibernate created has names the
 * database chose); then, for what is left, the live check of the same name, then the one on the same column, which
 * is a check whose condition differs (an enum that gained a value); every other expected check is missing and
 * every other live check is extra.
 *
 * @param missing expected checks with no live counterpart
 * @param different expected checks whose live counterpart's condition differs
 * @param extra live checks the model does not have
 */
record CheckMatch(List<CheckConstraint> missing, List<Pair> different, List<CheckConstraint> extra) {

	/** An expected check and the live check in its place. */
	record Pair(CheckConstraint expected, CheckConstraint live) {
	}

	static CheckMatch of(Table expected, Table live) {
		Map<CheckConstraint, String> unclaimed = new LinkedHashMap<>();
		live.checks().forEach((check) -> unclaimed.put(check, CheckConditions.canonical(check.condition())));
		List<CheckConstraint> unmatched = new ArrayList<>();
		for (CheckConstraint check : expected.checks()) {
			String canonical = CheckConditions.canonical(check.condition());
			CheckConstraint same = first(unclaimed, (found, condition) -> condition.equals(canonical));
			if (same != null) {
				unclaimed.remove(same);
			}
			else {
				unmatched.add(check);
			}
		}
		List<CheckConstraint> missing = new ArrayList<>();
		List<Pair> different = new ArrayList<>();
		for (CheckConstraint check : unmatched) {
			String column = CheckConditions.column(CheckConditions.canonical(check.condition()));
			CheckConstraint found = first(unclaimed,
					(candidate, condition) -> candidate.name().equalsIgnoreCase(check.name()));
			if (found == null && column != null) {
				found = first(unclaimed, (candidate, condition) -> column.equals(CheckConditions.column(condition)));
			}
			if (found == null) {
				missing.add(check);
			}
			else {
				unclaimed.remove(found);
				different.add(new Pair(check, found));
			}
		}
		return new CheckMatch(missing, different, List.copyOf(unclaimed.keySet()));
	}

	private static @Nullable CheckConstraint first(Map<CheckConstraint, String> checks,
			BiPredicate<CheckConstraint, String> test) {
		return checks.entrySet()
			.stream()
			.filter((entry) -> test.test(entry.getKey(), entry.getValue()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

}
