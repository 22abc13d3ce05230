package dev.schemabootstrap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.Association.Kind;
import dev.schemabootstrap.model.Association;

/**
 * Reports two associations that mirror each other ({@code @OneToMany} against {@code @ManyToOne},
 * {@code @ManyToMany} against {@code @ManyToMany}, {@code @OneToOne} against {@code @OneToOne} between the same
 * two entities) where neither side has {@code mappedBy}. Each side then owns its own foreign key or join table:
 * two structures hold what was meant as one relationship, and an element added on one side never shows on the
 * other after reloading.
 */
public final class BothSidesOwnAssociationCheck implements SchemaCheck {

	@Override
	public String id() {
		return FindingId.BOTH_SIDES_OWN_ASSOCIATION.id();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		List<Association> owning = context.mapping().associations().stream().filter(Association::owning).toList();
		List<Finding> findings = new ArrayList<>();
		for (Association side : owning) {
			if (side.kind() == Kind.MANY_TO_ONE) {
				continue;
			}
			List<Association> mirrors = owning.stream()
				.filter((other) -> other != side && other.kind() == side.kind().mirror()
						&& other.className().equals(side.targetClassName())
						&& other.targetClassName().equals(side.className()))
				.filter((other) -> side.kind() != other.kind() || side.subject().compareTo(other.subject()) < 0)
				.toList();
			if (!mirrors.isEmpty()) {
				findings.add(finding(side, mirrors));
			}
		}
		return findings;
	}

	private static Finding finding(Association side, List<Association> mirrors) {
		Association mirror = mirrors.get(0);
		String others = mirrors.stream().map(Association::subject).collect(Collectors.joining(" or "));
		String inverse = side.kind() == Kind.ONE_TO_MANY ? side.subject() : mirror.subject();
		String owner = side.kind() == Kind.ONE_TO_MANY ? mirror.attribute() : side.attribute();
		return new Finding(FindingId.BOTH_SIDES_OWN_ASSOCIATION, Severity.WARNING, side.subject(),
				side.kind().annotation() + " " + side.subject() + " and " + mirror.kind().annotation() + " " + others
						+ " look like the two sides of one association, but neither has mappedBy: each side writes "
						+ structure(side) + " and " + structure(mirror) + " of its own, and changes made on one side"
						+ " do not show on the other",
				"Let one side own it: add mappedBy = \"" + owner + "\" to " + inverse
						+ (side.kind() == Kind.ONE_TO_MANY ? " (and remove its @JoinColumn or @JoinTable)" : "")
						+ "; if they are two relationships, suppress this finding with 'both-sides-own-association:"
						+ side.subject() + "'");
	}

	private static String structure(Association association) {
		return association.joinTable() != null ? "join table " + association.joinTable()
				: "column " + association.columns().stream().map(Object::toString).collect(Collectors.joining(", "));
	}

}
