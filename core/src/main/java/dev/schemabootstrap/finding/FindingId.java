package dev.schemabootstrap.finding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of finding ids: each id is declared here once, with a one-line summary and the severity it has
 * unless the page says otherwise (as ErrorProne's {@code @BugPattern} declares a check's name, summary and
 * severity). {@code docs/findings/<id>.md} explains each, and {@code docs/findings/README.md} lists them all with
 * this default severity; {@code FindingCatalogueTest} keeps the three in step.
 * <p>
 * The severity of one finding may differ from the default where the page says so (a {@code circular-dependency}
 * the changelog cannot break is an ERROR, not INFO): the producer chooses, the default is what the index states.
 */
public enum FindingId {

	// Model findings: one SchemaCheck each, in dev.schemabootstrap.check.
	DUPLICATE_TABLE_MAPPING("duplicate-table-mapping", Category.MODEL, Severity.ERROR,
			"two or more entity classes map the same table"),
	DUPLICATE_ENTITY_NAME("duplicate-entity-name", Category.MODEL, Severity.ERROR,
			"two entity classes share an entity name"),
	REDUNDANT_INDEX("redundant-index", Category.MODEL, Severity.WARNING,
			"an index repeats the columns of the primary key, a unique constraint or another index"),
	NAME_COLLISION("name-collision", Category.MODEL, Severity.ERROR,
			"two constraints or indexes share a name in one schema (including after truncation to the dialect's limit)"),
	IDENTIFIER_TOO_LONG("identifier-too-long", Category.MODEL, Severity.ERROR,
			"a table, column, index or constraint name exceeds the target dialect's limit"),
	RESERVED_WORD("reserved-word", Category.MODEL, Severity.ERROR,
			"an unquoted identifier is a reserved word of the target dialect"),
	UNRESOLVED_REFERENCE("unresolved-reference", Category.MODEL, Severity.ERROR,
			"a foreign key or association targets a table or schema outside the persistence unit"),
	FOREIGN_KEY_TYPE_MISMATCH("foreign-key-type-mismatch", Category.MODEL, Severity.ERROR,
			"a foreign key column's SQL type or length differs from the column it references"),
	MISSING_FOREIGN_KEY("missing-foreign-key", Category.MODEL, Severity.WARNING,
			"a column that looks like a reference has no FK constraint"),
	CIRCULAR_DEPENDENCY("circular-dependency", Category.MODEL, Severity.INFO, "a cycle of foreign keys"),
	CONFLICTING_COLUMN_MAPPING("conflicting-column-mapping", Category.MODEL, Severity.ERROR,
			"two attributes write the same column and neither is read-only"),
	BOTH_SIDES_OWN_ASSOCIATION("both-sides-own-association", Category.MODEL, Severity.WARNING,
			"two associations mirror each other and neither has mappedBy"),
	UNINDEXED_FOREIGN_KEY("unindexed-foreign-key", Category.MODEL, Severity.WARNING,
			"an FK column has no index on a database that does not create one itself"),
	MULTIPLE_PERSISTENCE_UNITS("multiple-persistence-units", Category.MODEL, Severity.WARNING,
			"more than one EntityManagerFactory; ERROR when their entities reference each other"),
	ENTITY_OUTSIDE_UNIT("entity-outside-unit", Category.MODEL, Severity.WARNING,
			"an @Entity class on the classpath under the scanned packages is not in the persistence unit"),
	CONFLICTING_SCHEMA_INITIALIZER("conflicting-schema-initializer", Category.MODEL, Severity.ERROR,
			"another DDL source (ddl-auto, spring.sql.init, Flyway) is active beside Liquibase"),
	SQLITE_SEQUENCE_EMULATION("sqlite-sequence-emulation", Category.MODEL, Severity.ERROR,
			"an entity's SEQUENCE or AUTO id is drawn from a table that emulates the sequence on SQLite"),

	// Database findings: the database stages (drift, status, adoption, lock).
	SCHEMA_DRIFT("schema-drift", Category.DATABASE, Severity.ERROR,
			"the live schema differs from the model (one finding per difference)"),
	PENDING_CHANGESETS("pending-changesets", Category.DATABASE, Severity.ERROR,
			"the changelog has changesets that are not applied"),
	CHANGELOG_BEHIND_MODEL("changelog-behind-model", Category.DATABASE, Severity.ERROR,
			"the entity model has changes that no changeset covers"),
	UNMANAGED_DATABASE("unmanaged-database", Category.DATABASE, Severity.ERROR,
			"tables exist but Liquibase has never run on this database"),
	STALE_LOCK("stale-lock", Category.DATABASE, Severity.ERROR,
			"the Liquibase lock is held longer than lock.stale-after"),
	SQLITE_FOREIGN_KEYS_DISABLED("sqlite-foreign-keys-disabled", Category.DATABASE, Severity.ERROR,
			"a SQLite connection runs with PRAGMA foreign_keys=OFF"),
	DRIFT_UNSUPPORTED_DATABASE("drift-unsupported-database", Category.DATABASE, Severity.INFO,
			"the database's catalog is not read: the changelog is applied, drift is off"),

	// Migration-safety findings: the lint of changesets not yet applied, in dev.schemabootstrap.changelog.lint.
	UNSAFE_INDEX_CREATION("unsafe-index-creation", Category.MIGRATION_SAFETY, Severity.WARNING,
			"an index or unique constraint is built without CONCURRENTLY on a table that exists"),
	TABLE_REWRITING_TYPE_CHANGE("table-rewriting-type-change", Category.MIGRATION_SAFETY, Severity.WARNING,
			"a column type change rewrites or copies the whole table while it is locked"),
	UNSAFE_NOT_NULL("unsafe-not-null", Category.MIGRATION_SAFETY, Severity.WARNING,
			"NOT NULL added to an existing column: a full scan or a rebuild under lock"),

	// Configuration findings.
	UNKNOWN_SUPPRESSION("unknown-suppression", Category.CONFIGURATION, Severity.WARNING,
			"an entry of schema-bootstrap.validation.suppress names no finding id, so it suppresses nothing");

	/** Where in the pipeline a finding is raised; the sections of {@code docs/findings/README.md}. */
	public enum Category {

		/** From the entity model alone, no database needed: one {@code SchemaCheck} per id. */
		MODEL,
		/** From the database or the changelog against it. */
		DATABASE,
		/** From the lint of changesets that have not run yet. */
		MIGRATION_SAFETY,
		/** From Schema Bootstrap's own configuration. */
		CONFIGURATION

	}

	private final String id;

	private final Category category;

	private final Severity defaultSeverity;

	private final String summary;

	FindingId(String id, Category category, Severity defaultSeverity, String summary) {
		this.id = id;
		this.category = category;
		this.defaultSeverity = defaultSeverity;
		this.summary = summary;
	}

	/** The stable kebab-case id, as findings, suppressions and the docs name it. */
	public String id() {
		return id;
	}

	public Category category() {
		return category;
	}

	/** The severity the index states; a producer may raise or lower it where the page says so. */
	public Severity defaultSeverity() {
		return defaultSeverity;
	}

	/** What the finding means, in one line. */
	public String summary() {
		return summary;
	}

	/** The entry of this id, if it is catalogued. */
	public static Optional<FindingId> of(String id) {
		return Arrays.stream(values()).filter((candidate) -> candidate.id.equals(id)).findFirst();
	}

	/** Every catalogued id, in catalogue order. */
	public static List<String> ids() {
		return Arrays.stream(values()).map(FindingId::id).toList();
	}

	/** The catalogued ids of one category, in catalogue order. */
	public static List<String> ids(Category category) {
		return Arrays.stream(values()).filter((id) -> id.category == category).map(FindingId::id).toList();
	}

	@Override
	public String toString() {
		return id;
	}

}
