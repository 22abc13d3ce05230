package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.BootProblem;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.model.TableName;

/**
 * Reports a reference the persistence unit cannot resolve: an association to a class that is not an entity of
 * the unit, a {@code mappedBy} naming an attribute the target does not have (both refused by Hibernate at boot
 * and recorded as boot problems), or a foreign key to a table the unit does not create. Startup fails, or the
 * changelog references a table that may never exist.
 */
public final class UnresolvedReferenceCheck implements SchemaCheck {

	@Override
	public String id() {
		return FindingId.UNRESOLVED_REFERENCE.id();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		List<Finding> findings = new ArrayList<>();
		for (BootProblem problem : context.mapping().problems()) {
			if (problem.kind() == BootProblem.Kind.UNKNOWN_TARGET) {
				findings.add(new Finding(FindingId.UNRESOLVED_REFERENCE, Severity.ERROR, problem.subject(),
						"The association " + problem.subject() + " targets "
								+ (problem.target() == null ? "a class" : problem.target())
								+ ", which is not an entity of the persistence unit; Hibernate refuses to start"
								+ BootProblems.leftOut(context.mapping(), problem),
						valueType(problem.target())
								? "A " + Subjects.simpleName(problem.target()) + " is a value, not an entity: map a"
										+ " collection of values with @ElementCollection, a single one as a plain column"
								: "Add " + (problem.target() == null ? "the target"
										: Subjects.simpleName(problem.target()))
										+ " to the persistence unit (its package under schema-bootstrap.packages /"
										+ " @EntityScan), or map the reference as a plain id column"));
			}
			else if (problem.kind() == BootProblem.Kind.UNKNOWN_MAPPED_BY) {
				String target = problem.target() == null ? "the target entity" : Subjects.simpleName(problem.target());
				findings.add(new Finding(FindingId.UNRESOLVED_REFERENCE, Severity.ERROR, problem.subject(),
						problem.subject() + " is mappedBy \"" + problem.detail() + "\", but " + target
								+ " has no attribute " + problem.detail() + "; Hibernate refuses to start"
								+ BootProblems.leftOut(context.mapping(), problem),
						"Set mappedBy to the name of the attribute of " + target + " that owns the association"
								+ " (the @ManyToOne or owning side pointing back at " + Subjects.simpleName(problem.className())
								+ ")"));
			}
			else if (problem.kind() == BootProblem.Kind.MAPPED_BY_NOT_ASSOCIATION) {
				String target = problem.target() == null ? "the target entity" : Subjects.simpleName(problem.target());
				findings.add(new Finding(FindingId.UNRESOLVED_REFERENCE, Severity.ERROR, problem.subject(),
						problem.subject() + " is mappedBy \"" + problem.detail() + "\", but " + target + "."
								+ problem.detail() + " is not an association (@ManyToOne or @OneToOne) back to "
								+ Subjects.simpleName(problem.className()) + "; Hibernate refuses to start"
								+ BootProblems.leftOut(context.mapping(), problem),
						"Point mappedBy at the attribute of " + target + " that maps the association back to "
								+ Subjects.simpleName(problem.className()) + " (a @ManyToOne or @OneToOne "
								+ Subjects.simpleName(problem.className()) + "), or make " + target + "."
								+ problem.detail() + " one"));
			}
		}
		Map<TableName, Table> tables = context.model().tablesByName();
		for (Table table : context.model().tables()) {
			for (ForeignKey foreignKey : table.foreignKeys()) {
				if (!tables.containsKey(foreignKey.referencedTable())) {
					findings.add(new Finding(FindingId.UNRESOLVED_REFERENCE, Severity.ERROR,
							table.name() + "." + String.join(",", foreignKey.columns()),
							"Foreign key " + foreignKey.name() + " of " + table.name() + " references table "
									+ foreignKey.referencedTable() + ", which no entity of the persistence unit maps",
							"Add the entity of " + foreignKey.referencedTable() + " to the persistence unit, or drop"
									+ " the foreign key (@JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)))"));
				}
			}
		}
		return findings;
	}

	/** {@code @OneToMany List<String>}: a JDK type can never be made an entity. */
	private static boolean valueType(String target) {
		return target != null && (target.startsWith("java.") || target.startsWith("javax."));
	}

}
