package dev.schemabootstrap.check;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.schemabootstrap.model.BootProblem;
import dev.schemabootstrap.model.MappingModel;

/** Wording shared by the findings made of mappings Hibernate refused. */
final class BootProblems {

	private BootProblems() {
	}

	/**
	 * {@code ". Left out of the analysis until it is fixed: A, B"}: the offending class, and classes left out only
	 * because they reference one.
	 */
	static String leftOut(MappingModel mapping, BootProblem problem) {
		Set<String> offenders = mapping.problems().stream().map(BootProblem::className).collect(Collectors.toSet());
		List<String> dependents = mapping.excludedClassNames()
			.stream()
			.filter((name) -> !offenders.contains(name))
			.map(Subjects::simpleName)
			.toList();
		return ". " + Subjects.simpleName(problem.className()) + " is left out of the analysis until it is fixed"
				+ (dependents.isEmpty() ? "" : ", and with it " + String.join(", ", dependents)
						+ ", which reference left-out classes");
	}

}
