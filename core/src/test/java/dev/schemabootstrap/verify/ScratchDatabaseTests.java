package dev.schemabootstrap.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.testing.ModelBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scratch database kept between runs answers exactly what an empty one would: it applies only the changesets
 * added since the last run, and is rebuilt when its history is no longer the changelog's.
 */
class ScratchDatabaseTests {

	@TempDir
	Path directory;

	@TempDir
	Path scratchDirectory;

	private static ModelBuilder twoTables() {
		return ModelBuilder.model().tables("customer", "purchase").requiredFk("purchase", "customer");
	}

	/** The model the changelog is behind of: a new table and a new column. */
	private static SchemaModel current() {
		return twoTables().tables("invoice").requiredFk("invoice", "purchase")
			.column("customer", "email", "varchar(100)", true)
			.build();
	}

	private void writeChangelog(SchemaModel model) throws Exception {
		Files.writeString(directory.resolve("changelog.yaml"),
				new ChangelogWriter("changelog.yaml").write(new CreationPlanner().plan(model), ChangelogFormat.YAML));
	}

	private String evolution(ScratchDatabase scratch) throws Exception {
		EvolutionPlan plan = ChangelogVerifier.evolution(current(), "changelog.yaml", directory, scratch, true);
		return new ChangelogWriter("next").write(plan, ChangelogFormat.YAML);
	}

	private String fromEmpty() throws Exception {
		return evolution(ScratchDatabase.inMemory(""));
	}

	/** The ids of the applied changesets, in the order they were applied. */
	private List<String> history(ScratchDatabase scratch) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(scratch.url());
				Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("select id from databasechangelog order by orderexecuted")) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	private static void execute(ScratchDatabase scratch, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(scratch.url());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static int count(ScratchDatabase scratch, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(scratch.url());
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getInt(1);
		}
	}

	@Test
	void aKeptDatabaseAppliesOnlyTheChangesetsAddedSinceTheLastRun() throws Exception {
		ScratchDatabase scratch = ScratchDatabase.keptIn(scratchDirectory, "");
		writeChangelog(twoTables().build());
		String first = evolution(scratch);
		List<String> before = history(scratch);
		assertThat(first).isEqualTo(fromEmpty()).contains("createTable", "addColumn");
		// A row only the kept database can still hold on the next run.
		execute(scratch, "insert into customer (id) values (42)");

		writeChangelog(twoTables().tables("invoice").requiredFk("invoice", "purchase").build());
		String second = evolution(scratch);
		List<String> after = history(scratch);

		assertThat(second).isEqualTo(fromEmpty()).doesNotContain("createTable").contains("addColumn");
		assertThat(after).startsWith(before.toArray(String[]::new)).hasSizeGreaterThan(before.size());
		assertThat(count(scratch, "select count(*) from customer")).as("the same database, not a new one").isOne();
	}

	@Test
	void aKeptDatabaseIsRebuiltWhenAChangesetItAppliedIsGoneFromTheChangelog() throws Exception {
		ScratchDatabase scratch = ScratchDatabase.keptIn(scratchDirectory, "");
		// A branch that created invoice, then a switch back to one that does not.
		writeChangelog(twoTables().tables("invoice").requiredFk("invoice", "purchase").build());
		evolution(scratch);
		writeChangelog(twoTables().build());

		assertThat(evolution(scratch)).isEqualTo(fromEmpty()).contains("tableName: invoice");
		assertThat(history(scratch)).noneMatch((row) -> row.contains("invoice"));
	}

	@Test
	void aKeptDatabaseIsRebuiltWhenAChangesetItAppliedWasEdited() throws Exception {
		ScratchDatabase scratch = ScratchDatabase.keptIn(scratchDirectory, "");
		writeChangelog(twoTables().column("customer", "email", "varchar(20)", true).build());
		evolution(scratch);
		// The same changeset ids, customer now without the column: Liquibase's checksums no longer match.
		writeChangelog(twoTables().build());

		// Not rebuilt, the kept column would read as a type to widen rather than a column to add.
		assertThat(evolution(scratch)).isEqualTo(fromEmpty()).contains("addColumn", "name: email")
			.doesNotContain("modifyDataType");
	}

	@Test
	void theSameFilesAsLastTimeAreNotReadAgainAndAnyChangedFileIs() throws Exception {
		ScratchDatabase scratch = ScratchDatabase.keptIn(scratchDirectory, "");
		writeChangelog(twoTables().build());
		evolution(scratch);
		// Changes that only a read of the history would notice: a checksum no changeset has, and a row to show
		// whether the database was replayed.
		execute(scratch, "update databasechangelog set md5sum = '9:0' where id = 'table-customer'");
		execute(scratch, "insert into customer (id) values (42)");

		assertThat(evolution(scratch)).isEqualTo(fromEmpty());
		assertThat(count(scratch, "select count(*) from customer")).as("not read, not replayed").isOne();

		// Any file below the directory may be included: one more, unrelated to the changelog, is a change too.
		Files.writeString(directory.resolve("notes.txt"), "a file of the project");
		assertThat(evolution(scratch)).isEqualTo(fromEmpty());
		assertThat(count(scratch, "select count(*) from customer")).as("read, found edited, replayed").isZero();
	}

	@Test
	void aKeptDatabaseFileDeletedSinceTheLastRunIsBuiltAgain() throws Exception {
		ScratchDatabase scratch = ScratchDatabase.keptIn(scratchDirectory, "");
		writeChangelog(twoTables().build());
		evolution(scratch);
		Files.delete(scratchDirectory.resolve("scratch.mv.db"));

		assertThat(evolution(scratch)).isEqualTo(fromEmpty())
			.contains("addColumn")
			.doesNotContain("id: table-customer");
		assertThat(history(scratch)).contains("table-customer", "table-purchase");
	}

	@Test
	void aChangeInAnIncludedFileIsSeen() throws Exception {
		ScratchDatabase scratch = ScratchDatabase.keptIn(scratchDirectory, "");
		Files.writeString(directory.resolve("master.yaml"), """
				databaseChangeLog:
				- include:
				    file: part.yaml
				    relativeToChangelogFile: true
				""");
		Files.writeString(directory.resolve("part.yaml"), new ChangelogWriter("part.yaml")
			.write(new CreationPlanner().plan(twoTables().build()), ChangelogFormat.YAML));
		ChangelogVerifier.evolution(current(), "master.yaml", directory, scratch, true);
		Files.writeString(directory.resolve("part.yaml"), new ChangelogWriter("part.yaml").write(
				new CreationPlanner().plan(twoTables().tables("invoice").requiredFk("invoice", "purchase").build()),
				ChangelogFormat.YAML));

		EvolutionPlan plan = ChangelogVerifier.evolution(current(), "master.yaml", directory, scratch, true);

		assertThat(new ChangelogWriter("next").write(plan, ChangelogFormat.YAML)).doesNotContain("createTable")
			.contains("addColumn");
		assertThat(history(scratch)).contains("table-invoice");
	}

	@Test
	void aKeptFileThatCannotBeOpenedGivesWayToADatabaseInMemory() throws Exception {
		ScratchDatabase scratch = ScratchDatabase.keptIn(scratchDirectory, "");
		Files.writeString(scratchDirectory.resolve("scratch.mv.db"), "not an H2 file");
		writeChangelog(twoTables().build());

		assertThat(evolution(scratch)).isEqualTo(fromEmpty());
		assertThat(Files.readString(scratchDirectory.resolve("scratch.mv.db"))).isEqualTo("not an H2 file");
	}

	@Test
	void eachCompatibilityModeHasAFileOfItsOwn() {
		assertThat(ScratchDatabase.keptIn(scratchDirectory, ";MODE=PostgreSQL").url())
			.isEqualTo("jdbc:h2:file:" + scratchDirectory.toAbsolutePath().resolve("scratch-mode-postgresql")
					+ ";MODE=PostgreSQL");
		assertThat(ScratchDatabase.keptIn(scratchDirectory, "").url())
			.isEqualTo("jdbc:h2:file:" + scratchDirectory.toAbsolutePath().resolve("scratch"));
		assertThat(ScratchDatabase.inMemory("").kept()).isFalse();
	}

}
