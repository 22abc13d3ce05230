package dev.schemabootstrap.check;

import java.util.List;
import java.util.stream.Stream;

/**
 * The finding ids of the contract, each explained in {@code docs/findings/<id>.md}.
 */
public final class FindingIds {

	/** Findings about the database, reported by the database stage rather than by a {@link SchemaCheck}. */
	public static final List<String> DATABASE = List.of("schema-drift", "pending-changesets",
			"changelog-behind-model", "unmanaged-database", "stale-lock", "sqlite-foreign-keys-disabled",
			"drift-unsupported-database");

	/**
	 * Findings of the migration-safety lint on changesets that have not run yet (rules in
	 * {@code dev.schemabootstrap.changelog.lint}, which depends on this package, so the ids are repeated here).
	 */
	public static final List<String> MIGRATION_SAFETY = List.of("unsafe-index-creation", "table-rewriting-type-change",
			"unsafe-not-null");

	private FindingIds() {
	}

	/** The ids of the model findings, one per standard check. */
	public static List<String> model() {
		return StandardChecks.ids();
	}

	/** Every id a suppression may name. */
	public static List<String> all() {
		return Stream.of(model(), DATABASE, MIGRATION_SAFETY).flatMap(List::stream).toList();
	}

}
