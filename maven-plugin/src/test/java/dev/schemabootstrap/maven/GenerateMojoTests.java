package dev.schemabootstrap.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.maven.fixtures.good.Author;
import dev.schemabootstrap.maven.fixtures.rich.Item;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The generate goal writing into a project's changelog, then the check goal agreeing with the result.
 */
class GenerateMojoTests {

	@TempDir
	Path directory;

	@Test
	void writesTheWholeOrderedChangelogWhenTheProjectHasNone() throws Exception {
		configure(new GenerateMojo(), Author.class.getPackageName()).execute();
		assertThat(Files.readString(master())).contains("logicalFilePath: schema-bootstrap/changelog")
			.contains("id: table-author")
			.contains("id: table-book");
		assertThatNoException().isThrownBy(() -> configure(new CheckMojo(), Author.class.getPackageName()).execute());
	}

	@Test
	void addsWhatTheChangelogLacksInANewIncludedFileAndRewritesNothing() throws Exception {
		SchemaModel older = SchemaAnalyzer.model(PersistenceUnit.of(Author.class),
				Map.of("hibernate.dialect", "org.hibernate.dialect.H2Dialect", "hibernate.physical_naming_strategy",
						"org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl"),
				getClass().getClassLoader())
			.schema();
		String original = new ChangelogWriter("db/changelog/db.changelog-master.yaml")
			.write(new CreationPlanner().plan(older), ChangelogFormat.YAML);
		Files.createDirectories(master().getParent());
		Files.writeString(master(), original);

		configure(new GenerateMojo(), Author.class.getPackageName()).execute();

		Path added = master().resolveSibling("schema-bootstrap-0001.yaml");
		assertThat(Files.readString(added)).contains("id: table-book").doesNotContain("id: table-author");
		assertThat(Files.readString(master())).startsWith(original)
			.endsWith("- include:\n    file: db/changelog/schema-bootstrap-0001.yaml\n");
		assertThatNoException().isThrownBy(() -> configure(new CheckMojo(), Author.class.getPackageName()).execute());

		configure(new GenerateMojo(), Author.class.getPackageName()).execute();
		assertThat(master().resolveSibling("schema-bootstrap-0002.yaml")).doesNotExist();
	}

	@Test
	void writesDropsOnlyWhenAllowedAndThenTheChangelogCoversTheEntities() throws Exception {
		Files.createDirectories(master().getParent());
		Files.writeString(master(), CheckMojoTests.changelogWithObsoleteParts(getClass().getClassLoader()));
		String original = Files.readString(master());

		configure(new GenerateMojo(), Author.class.getPackageName()).execute();
		assertThat(master().resolveSibling("schema-bootstrap-0001.yaml")).doesNotExist();
		assertThat(Files.readString(master())).isEqualTo(original);

		GenerateMojo allowed = configure(new GenerateMojo(), Author.class.getPackageName());
		allowed.allowDestructive = true;
		allowed.execute();
		String added = Files.readString(master().resolveSibling("schema-bootstrap-0001.yaml"));
		assertThat(added).contains("id: drop-column-author.nickname", "id: drop-table-obsolete")
			.doesNotContain("audit_trail")
			.doesNotContain("shedlock");
		assertThat(Files.readString(master())).startsWith(original);
		assertThatNoException().isThrownBy(() -> configure(new CheckMojo(), Author.class.getPackageName()).execute());
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "H2Dialect", "PostgreSQLDialect", "MariaDBDialect",
			"MySQLDialect" })
	void aChangelogGeneratedForADialectIsNotSeenAsChangedOnTheScratchDatabase(String dialect) throws Exception {
		GenerateMojo generate = configure(new GenerateMojo(), Item.class.getPackageName());
		generate.dialect = "org.hibernate.dialect." + dialect;
		generate.execute();
		CheckMojo check = configure(new CheckMojo(), Item.class.getPackageName());
		check.dialect = generate.dialect;
		assertThatNoException().isThrownBy(check::execute);
		assertThat(directory.resolve("out").resolve(CheckMojo.NEXT_FILE)).doesNotExist();
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "H2Dialect", "PostgreSQLDialect", "MariaDBDialect" })
	void aWidenedColumnFailsTheCheckAndIsGeneratedForEveryDialect(String dialect) throws Exception {
		GenerateMojo first = configure(new GenerateMojo(), Author.class.getPackageName());
		first.dialect = "org.hibernate.dialect." + dialect;
		first.execute();
		// The changelog as it was when author.name was shorter: the entity now widens it.
		String changelog = Files.readString(master());
		Files.writeString(master(), changelog.replaceFirst("(name: name\\n\\s+type: )varchar\\(255\\)", "$1varchar(100)"));
		assertThat(Files.readString(master())).contains("varchar(100)");

		CheckMojo check = configure(new CheckMojo(), Author.class.getPackageName());
		check.dialect = first.dialect;
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(check::execute)
			.withMessageContaining("[changelog-behind-model]")
			.withMessageContaining("1 column change");
		GenerateMojo generate = configure(new GenerateMojo(), Author.class.getPackageName());
		generate.dialect = first.dialect;
		generate.execute();
		assertThat(Files.readString(master().resolveSibling("schema-bootstrap-0001.yaml"))).contains("modifyDataType")
			.contains("newDataType: varchar(255)");
		assertThatNoException().isThrownBy(configure(check, Author.class.getPackageName())::execute);
	}

	@Test
	void successiveGeneratesOfTheSameColumnApplyCleanlyOneAfterTheOther() throws Exception {
		configure(new GenerateMojo(), Author.class.getPackageName()).execute();
		String url = "jdbc:h2:mem:successive-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		update(url);
		for (int round = 1; round <= 5; round++) {
			// A hand-written changeset narrows author.name again: each generate widens it back, in a file of its own.
			Files.writeString(master(), Files.readString(master()) + """
					- changeSet:
					    id: narrow-%d
					    author: me
					    changes:
					    - modifyDataType:
					        tableName: author
					        columnName: name
					        newDataType: varchar(%d)
					""".formatted(round, 100 + round));
			configure(new GenerateMojo(), Author.class.getPackageName()).execute();
			String added = Files.readString(master().resolveSibling(String.format("schema-bootstrap-%04d.yaml", round)));
			assertThat(added).contains(String.format("id: type-author.name-%04d", round));
			update(url);
		}
		assertThatNoException().isThrownBy(() -> configure(new CheckMojo(), Author.class.getPackageName()).execute());
	}

	/** The whole master, as the application's Liquibase applies it at startup: every file validated each time. */
	private void update(String url) throws Exception {
		try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url)) {
			liquibase.database.Database database = liquibase.database.DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new liquibase.database.jvm.JdbcConnection(connection));
			try (liquibase.Liquibase liquibase = new liquibase.Liquibase("db/changelog/db.changelog-master.yaml",
					new liquibase.resource.DirectoryResourceAccessor(directory.resolve("resources")), database)) {
				liquibase.update();
			}
		}
	}

	@Test
	void generatesNothingForAMappingWithErrors() {
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> configure(new GenerateMojo(), "dev.schemabootstrap.maven.fixtures.bad").execute())
			.withMessageContaining("reserved-word");
		assertThat(master()).doesNotExist();
	}

	@Test
	void withoutEntityClassesFailsSayingToCompileFirstAndWritesNothing() throws Exception {
		// What 'mvn clean schema-bootstrap:generate' sees: no class in the packages.
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> configure(new GenerateMojo(), "dev.schemabootstrap.maven.fixtures.uncompiled").execute())
			.withMessageContaining("found no @Entity classes in [dev.schemabootstrap.maven.fixtures.uncompiled]")
			.withMessageContaining("compile first, e.g. ./mvnw compile schema-bootstrap:generate");
		assertThat(master()).doesNotExist();
		Files.createDirectories(master().getParent());
		Files.writeString(master(), "databaseChangeLog: []\n");
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> configure(new GenerateMojo(), "dev.schemabootstrap.maven.fixtures.uncompiled").execute())
			.withMessageContaining("compile first");
		assertThat(master()).hasContent("databaseChangeLog: []\n");
		assertThat(master().resolveSibling("schema-bootstrap-0001.yaml")).doesNotExist();
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> configure(new CheckMojo(), "dev.schemabootstrap.maven.fixtures.uncompiled").execute())
			.withMessageContaining("compile first");
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "db.changelog-master.yaml:", "db.changelog-master.yaml:"
			+ "databaseChangeLog: []\n", "db.changelog-master.xml:<databaseChangeLog"
					+ " xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\""
					+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
					+ " xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
					+ " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\"/>\n" })
	void anEmptyMasterGetsTheWholeOrderedChangelogUnderTheGeneratedPath(String nameAndContent) throws Exception {
		String name = nameAndContent.substring(0, nameAndContent.indexOf(':'));
		Path master = master().resolveSibling(name);
		Files.createDirectories(master.getParent());
		Files.writeString(master, nameAndContent.substring(name.length() + 1));
		GenerateMojo generate = configure(new GenerateMojo(), Author.class.getPackageName());
		generate.changelog = "db/changelog/" + name;
		generate.execute();
		// Under the starter's path, so a database its generated changelog built sees every changeset as applied.
		assertThat(Files.readString(master)).contains("schema-bootstrap/changelog").contains("table-author");
		assertThat(master.resolveSibling("schema-bootstrap-0001.yaml")).doesNotExist();
		CheckMojo check = configure(new CheckMojo(), Author.class.getPackageName());
		check.changelog = generate.changelog;
		assertThatNoException().isThrownBy(check::execute);
	}

	private Path master() {
		return new MojoProject(directory).master();
	}

	private <T extends AbstractSchemaMojo> T configure(T mojo, String entityPackage) {
		return new MojoProject(directory).configure(mojo, entityPackage);
	}

}
