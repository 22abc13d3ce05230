package dev.schemabootstrap.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.maven.fixtures.good.Author;
import dev.schemabootstrap.maven.fixtures.good.Book;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The check goal on real entity classes and real changelogs, applied by real Liquibase to an embedded scratch
 * database; only Maven's own wiring (parameters from the pom) is left out, and the sample app's build runs it.
 */
class CheckMojoTests {

	@TempDir
	Path directory;

	@Test
	void passesEntitiesWithoutErrorsAndNoChangelog() {
		assertThatNoException().isThrownBy(() -> mojo(Author.class.getPackageName()).execute());
	}

	@Test
	void failsTheBuildOnAnErrorFindingNamingItsFix() {
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> mojo("dev.schemabootstrap.maven.fixtures.bad").execute())
			.withMessageContaining("[reserved-word] order")
			.withMessageContaining("Fix:");
	}

	@Test
	void canBeToldToLetErrorsPass() {
		CheckMojo mojo = mojo("dev.schemabootstrap.maven.fixtures.bad");
		mojo.suppress = List.of("reserved-word");
		assertThatNoException().isThrownBy(mojo::execute);
	}

	@Test
	void passesAChangelogThatCoversTheEntities() throws Exception {
		new MojoProject(directory).writeChangelog(Author.class, Book.class);
		assertThatNoException().isThrownBy(() -> mojo(Author.class.getPackageName()).execute());
		assertThat(directory.resolve("out").resolve(CheckMojo.NEXT_FILE)).doesNotExist();
	}

	@Test
	void keepsTheScratchDatabaseForTheNextBuildUnlessToldNot() throws Exception {
		new MojoProject(directory).writeChangelog(Author.class, Book.class);
		mojo(Author.class.getPackageName()).execute();
		Path kept = directory.resolve("out/scratch/scratch.mv.db");
		assertThat(kept).isRegularFile();
		// A second build finds the changelog applied there and answers the same.
		assertThatNoException().isThrownBy(() -> mojo(Author.class.getPackageName()).execute());

		Files.delete(kept);
		CheckMojo inMemory = mojo(Author.class.getPackageName());
		inMemory.keepScratchDatabase = false;
		inMemory.execute();
		assertThat(kept).doesNotExist();
	}

	@Test
	void failsWhenTheChangelogIsBehindTheEntitiesAndWritesWhatIsMissing() throws Exception {
		new MojoProject(directory).writeChangelog(Author.class);
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> mojo(Author.class.getPackageName()).execute())
			.withMessageContaining("[changelog-behind-model] db/changelog/db.changelog-master.yaml")
			.withMessageContaining("1 table");
		assertThat(Files.readString(directory.resolve("out").resolve(CheckMojo.NEXT_FILE))).contains("id: table-book")
			.contains("referencedTableName: author");
	}

	@Test
	void aDropIsAFindingThatShowsTheChangesetAndIsNotWritten() throws Exception {
		Path file = directory.resolve("resources/db/changelog/db.changelog-master.yaml");
		Files.createDirectories(file.getParent());
		Files.writeString(file, changelogWithObsoleteParts(getClass().getClassLoader()));
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> mojo(Author.class.getPackageName()).execute())
			.withMessageContaining("[changelog-behind-model] author.nickname: Column author.nickname is created by"
					+ " the changelog but the entity no longer maps it")
			.withMessageContaining("[changelog-behind-model] obsolete: Table obsolete")
			.withMessageContaining("id: drop-column-author.nickname")
			.withMessageContaining("<allowDestructive>true</allowDestructive>")
			.withMessageNotContaining("audit_trail")
			.withMessageNotContaining("drop-table-shedlock");
		assertThat(directory.resolve("out").resolve(CheckMojo.NEXT_FILE)).doesNotExist();
	}

	@Test
	void withAllowDestructiveTheDropsAreWrittenInOrder() throws Exception {
		Path file = directory.resolve("resources/db/changelog/db.changelog-master.yaml");
		Files.createDirectories(file.getParent());
		Files.writeString(file, changelogWithObsoleteParts(getClass().getClassLoader()));
		CheckMojo mojo = mojo(Author.class.getPackageName());
		mojo.allowDestructive = true;
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(mojo::execute)
			.withMessageContaining("2 destructive changes")
			.withMessageNotContaining("[changelog-behind-model] author.nickname");
		String next = Files.readString(directory.resolve("out").resolve(CheckMojo.NEXT_FILE));
		assertThat(next.indexOf("dropColumn")).isPositive().isLessThan(next.indexOf("dropTable"));
		assertThat(next).doesNotContain("audit_trail").doesNotContain("shedlock");
	}

	/**
	 * The changelog of Author and Book plus what the entities no longer map: a column and a table generated from
	 * entities since removed (which the check may propose to drop), and tables made by hand, by createTable and by
	 * raw SQL (which it never touches).
	 */
	static String changelogWithObsoleteParts(ClassLoader classLoader) {
		SchemaModel model = SchemaAnalyzer
			.model(PersistenceUnit.of(Author.class, Book.class), MojoProject.SETTINGS, classLoader)
			.schema();
		return new ChangelogWriter("app").write(new CreationPlanner().plan(model), ChangelogFormat.YAML) + """
				- changeSet:
				    id: by-hand
				    author: me
				    changes:
				    - createTable:
				        tableName: shedlock
				        columns:
				        - column:
				            name: name
				            type: varchar(64)
				    - sql:
				        sql: create table audit_trail (id bigint)
				- changeSet:
				    id: generated-earlier
				    author: schema-bootstrap
				    changes:
				    - createTable:
				        tableName: obsolete
				        columns:
				        - column:
				            name: id
				            type: bigint
				    - addColumn:
				        tableName: author
				        columns:
				        - column:
				            name: nickname
				            type: varchar(20)
				""";
	}

	private CheckMojo mojo(String entityPackage) {
		return new MojoProject(directory).configure(new CheckMojo(), entityPackage);
	}

}
