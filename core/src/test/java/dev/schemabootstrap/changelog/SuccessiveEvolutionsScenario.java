package dev.schemabootstrap.changelog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.plan.EvolutionPlanner;
import dev.schemabootstrap.testing.ModelBuilder;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten successive evolutions of one table, each written as a {@link NextChangelog} file of its own, included from the
 * master one after the other and applied by real Liquibase on the whole master, as a user does with the files
 * startup writes: a column widened again and again, one added, dropped and added again (the same changesets twice),
 * an index. Every update validates every file before, so one id or checksum shared by two files stops it.
 */
abstract class SuccessiveEvolutionsScenario {

	@TempDir
	Path directory;

	abstract TestDatabase database();

	abstract DatabaseKind kind();

	private static ModelBuilder books(int titleLength, boolean titleNullable) {
		return ModelBuilder.model().tables("books").column("books", "title", "varchar(" + titleLength + ")",
				titleNullable);
	}

	private static UnaryOperator<ModelBuilder> subtitle(int length) {
		return (model) -> model.column("books", "subtitle", "varchar(" + length + ")", true);
	}

	@Test
	void tenSuccessiveEvolutionsOfOneTableApplyCleanly() throws Exception {
		List<SchemaModel> evolutions = new ArrayList<>();
		evolutions.add(books(300, false).build());
		evolutions.add(books(500, false).build());
		evolutions.add(subtitle(100).apply(books(500, false)).build());
		evolutions.add(subtitle(200).apply(books(500, false)).build());
		evolutions.add(subtitle(200).apply(books(500, true)).build());
		evolutions.add(books(500, true).build());
		evolutions.add(subtitle(200).apply(books(500, true)).build());
		evolutions.add(subtitle(300).apply(books(500, true)).build());
		evolutions.add(subtitle(300).apply(books(1000, true)).build());
		evolutions.add(subtitle(300).apply(books(1000, true)).index("books", "ix_books_subtitle", "subtitle").build());

		Files.writeString(directory.resolve("base.yaml"), new ChangelogWriter("db/changelog/base.yaml", kind())
			.write(new CreationPlanner().plan(books(200, false).build()), ChangelogFormat.YAML));
		Files.writeString(master(), "databaseChangeLog:\n- include:\n    file: base.yaml\n");
		update();
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < evolutions.size(); i++) {
			SchemaModel model = evolutions.get(i);
			ChangelogObjects changelog = ChangelogObjects.read("master.yaml", new DirectoryResourceAccessor(directory));
			EvolutionPlan plan;
			try (Connection connection = database().connect()) {
				plan = new EvolutionPlanner().plan(model, new LiveSchemaReader().read(connection, model), changelog);
			}
			assertThat(plan.isEmpty()).as("evolution %d finds a change", i + 1).isFalse();
			NextChangelog next = NextChangelog.of(new ChangelogWriter("unused", kind()), plan,
					changelog::usesLogicalPath);
			String file = "next-" + (i + 1) + ".yaml";
			Files.writeString(directory.resolve(file), next.write(plan, ChangelogFormat.YAML));
			Files.writeString(master(), Files.readString(master()) + "- include:\n    file: " + file + "\n");
			paths.add(next.logicalPath());
			update();
			try (Connection connection = database().connect()) {
				assertThat(new DriftDetector().detect(model, connection).asList()).as("drift after evolution %d", i + 1)
					.isEmpty();
			}
		}
		assertThat(paths).doesNotHaveDuplicates().allMatch((path) -> path.startsWith(NextChangelog.LOGICAL_PATH_PREFIX));
	}

	private Path master() {
		return directory.resolve("master.yaml");
	}

	/** The whole master, as the application's Liquibase applies it at startup. */
	private void update() throws Exception {
		try (Connection connection = database().connect()) {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			try (Liquibase liquibase = new Liquibase("master.yaml", new DirectoryResourceAccessor(directory),
					database)) {
				liquibase.update();
			}
		}
	}

}
