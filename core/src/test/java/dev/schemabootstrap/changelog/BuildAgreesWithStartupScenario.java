package dev.schemabootstrap.changelog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import liquibase.resource.DirectoryResourceAccessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.ForeignKey;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.plan.EvolutionPlanner;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.ModelBuilder;
import dev.schemabootstrap.testing.TestDatabase;
import dev.schemabootstrap.verify.ChangelogVerifier;
import dev.schemabootstrap.verify.ScratchDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build and the start never disagree: a changelog written for the database, then a table of changes to the
 * entities (a widened varchar, int to bigint, a narrowed varchar, NOT NULL added and dropped, a new column, a new
 * index, a column with a foreign key dropped, an index on a foreign key's column). What the plugin finds replaying the changelog on an embedded scratch H2 ({@link ChangelogVerifier}) is
 * exactly what startup finds on the real database once Liquibase applied the same changelog ({@code LiveSchemaReader}
 * and {@link EvolutionPlanner}, as {@code changelog-behind-model} does).
 */
abstract class BuildAgreesWithStartupScenario {

	@TempDir
	Path directory;

	abstract TestDatabase database();

	abstract DatabaseKind kind();

	/** What each database can change: on SQLite, which cannot alter a column, only additions. */
	abstract Set<String> expectedChanges();

	/**
	 * A foreign key named as Hibernate names one, in mixed case: Liquibase quotes such a name on PostgreSQL, so it
	 * keeps its case there, while the scratch H2 reads it back in upper case.
	 */
	static final String HIBERNATE_STYLE_KEY = "FKcx90n1minpb22v3jw4ojinqm";

	static final Set<String> EVERY_CHANGE = Set.of("WIDEN_TYPE books.title", "WIDEN_TYPE books.pages",
			"NARROW_TYPE books.label", "ADD_NOT_NULL books.note", "DROP_NOT_NULL books.code", "new column books.summary",
			"new index books.ix_books_note");

	/**
	 * An index declared on a foreign key's column: new only where the database does not index foreign keys itself
	 * (PostgreSQL, SQLite), though the scratch H2 always does.
	 */
	static final String INDEX_ON_FOREIGN_KEY = "new index books.ix_books_editors_id";

	/** The column dropped with its key, the key named as the database reads it back. */
	static String droppedWithKey(String keyName) {
		return "DROP_COLUMN books.author_id " + List.of(keyName);
	}

	/** Whether the database can drop a foreign key (not SQLite), so that a column with one is dropped in the test. */
	boolean dropsForeignKeys() {
		return kind().supportsAlterTableConstraints();
	}

	private SchemaModel older() {
		ModelBuilder older = ModelBuilder.model().tables("authors", "books", "editors").optionalFk("books", "editors");
		if (dropsForeignKeys()) {
			older.column("books", "author_id", "bigint", true)
				.foreignKey("books", HIBERNATE_STYLE_KEY, List.of("author_id"), "authors", List.of("id"), true);
		}
		return older
			.column("books", "title", "varchar(200)", false)
			.column("books", "pages", "integer", true)
			.column("books", "label", "varchar(50)", true)
			.column("books", "note", "varchar(50)", true)
			.column("books", "code", "varchar(20)", false)
			.build();
	}

	private static SchemaModel newer() {
		return ModelBuilder.model()
			.tables("authors", "books", "editors")
			.optionalFk("books", "editors")
			.index("books", "ix_books_editors_id", "editors_id")
			.column("books", "title", "varchar(300)", false)
			.column("books", "pages", "bigint", true)
			.column("books", "label", "varchar(20)", true)
			.column("books", "note", "varchar(50)", false)
			.column("books", "code", "varchar(20)", true)
			.column("books", "summary", "varchar(100)", true)
			.index("books", "ix_books_note", "note")
			.build();
	}

	@Test
	void thePluginFindsExactlyWhatStartupFinds() throws Exception {
		String changelog = new ChangelogWriter("app", kind()).write(new CreationPlanner().plan(older()),
				ChangelogFormat.YAML);
		Files.writeString(directory.resolve("changelog.yaml"), changelog);

		LiquibaseRunner.update(database().connect(), changelog, "changelog.yaml");
		EvolutionPlan atStartup;
		try (Connection connection = database().connect()) {
			atStartup = new EvolutionPlanner().plan(newer(), new LiveSchemaReader().read(connection, newer()),
					ChangelogObjects.read("changelog.yaml", new DirectoryResourceAccessor(directory)));
		}
		EvolutionPlan inTheBuild = ChangelogVerifier.evolution(newer(), "changelog.yaml", directory,
				ScratchDatabase.inMemory(ScratchDatabase.compatibilityMode(kind())), kind());

		assertThat(changes(atStartup)).as("startup on %s", kind()).isEqualTo(expectedChanges());
		assertThat(changes(inTheBuild)).as("the build for %s", kind()).isEqualTo(changes(atStartup));
		assertThat(inTheBuild.summary()).isEqualTo(atStartup.summary());

		// What the build writes runs on the real database, the drops and their keys included.
		String next = new ChangelogWriter("next", kind()).write(inTheBuild, ChangelogFormat.YAML);
		LiquibaseRunner.update(database().connect(), next, "next.yaml");
		try (Connection connection = database().connect()) {
			EvolutionPlan left = new EvolutionPlanner().plan(newer(), new LiveSchemaReader().read(connection, newer()),
					ChangelogObjects.read("changelog.yaml", new DirectoryResourceAccessor(directory)));
			assertThat(changes(left)).as("left after the build's changesets").isEmpty();
		}
	}

	private static Set<String> changes(EvolutionPlan plan) {
		Set<String> changes = new TreeSet<>();
		plan.newColumns().forEach((added) -> changes.add("new column " + added.table() + "." + added.column().name()));
		plan.newIndexes().forEach((added) -> changes.add("new index " + added.table() + "." + added.index().name()));
		plan.columnChanges().forEach((change) -> changes.add(change.kind() + " " + change.table() + "."
				+ change.column().name()));
		plan.destructiveChanges()
			.forEach((change) -> changes.add(change.kind() + " " + change.subject()
					+ (change.foreignKeys().isEmpty() ? ""
							: " " + change.foreignKeys().stream().map(ForeignKey::name).toList())));
		plan.newTables().tables().forEach((table) -> changes.add("new table " + table.name()));
		return changes;
	}

}
