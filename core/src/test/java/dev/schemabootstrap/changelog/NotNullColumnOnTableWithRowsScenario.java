package dev.schemabootstrap.changelog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.model.Column;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.plan.EvolutionPlanner;
import dev.schemabootstrap.stage.ChangelogBehindModel;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.ModelBuilder;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A NOT NULL column added to a table that has rows: without a default it is added nullable and made NOT NULL by a
 * changeset of its own, which stops the migration while rows hold NULL and runs once the user filled them; with a
 * default ({@code @ColumnDefault}) the database fills the rows. The finding says so before anything runs.
 */
abstract class NotNullColumnOnTableWithRowsScenario {

	abstract TestDatabase database();

	abstract DatabaseKind kind();

	private static SchemaModel older() {
		return ModelBuilder.model().tables("books").column("books", "title", "varchar(200)", false).build();
	}

	/** isbn NOT NULL without a default, status NOT NULL with one. */
	private static SchemaModel newer() {
		SchemaModel model = ModelBuilder.model()
			.tables("books")
			.column("books", "title", "varchar(200)", false)
			.column("books", "isbn", "varchar(20)", false)
			.build();
		Table books = model.tables().get(0);
		java.util.List<Column> columns = new java.util.ArrayList<>(books.columns());
		columns.add(new Column("status", "varchar(10)", false, false, "'new'"));
		Table withStatus = new Table(books.name(), columns, books.primaryKey(), books.foreignKeys(),
				books.uniqueConstraints(), books.indexes(), books.initStatements());
		return new SchemaModel(model.dialect(), model.entities(), java.util.List.of(withStatus), model.sequences());
	}

	@Test
	void isAddedNullableAndMadeNotNullOnceTheRowsAreFilled() throws Exception {
		LiquibaseRunner.update(database().connect(),
				new ChangelogWriter("app", kind()).write(new CreationPlanner().plan(older()), ChangelogFormat.YAML),
				"app.yaml");
		try (Connection connection = database().connect(); Statement statement = connection.createStatement()) {
			statement.execute("insert into books (id, title) values (1, 'Dune')");
		}
		EvolutionPlan plan;
		try (Connection connection = database().connect()) {
			plan = new EvolutionPlanner().plan(newer(), new LiveSchemaReader().read(connection, newer()));
		}
		assertThat(ChangelogBehindModel.finding("app.yaml", plan, Path.of("next.yaml"), "include it").hint())
			.contains("New NOT NULL column(s) without a default: books.isbn.")
			.contains("fill them first");
		String next = new ChangelogWriter("next", kind()).write(plan, ChangelogFormat.YAML);

		assertThatException().isThrownBy(() -> LiquibaseRunner.update(database().connect(), next, "next.yaml"));
		try (Connection connection = database().connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select title, isbn, status from books")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3))
				.as("the row is kept, isbn added nullable, status filled with its default")
				.isEqualTo("Dune null new");
		}
		// The user's update, before the changeset that makes isbn NOT NULL.
		try (Connection connection = database().connect(); Statement statement = connection.createStatement()) {
			statement.execute("update books set isbn = 'unknown' where isbn is null");
		}
		LiquibaseRunner.update(database().connect(), next, "next.yaml");
		try (Connection connection = database().connect()) {
			assertThat(new DriftDetector().detect(newer(), connection).asList()).isEmpty();
		}
	}

}
