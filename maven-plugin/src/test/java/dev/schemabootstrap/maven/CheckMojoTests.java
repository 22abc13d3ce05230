package dev.schemabootstrap.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

	private static final Map<String, String> SETTINGS = Map.of("hibernate.dialect", "org.hibernate.dialect.H2Dialect",
			"hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");

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
		writeChangelog(Author.class, Book.class);
		assertThatNoException().isThrownBy(() -> mojo(Author.class.getPackageName()).execute());
		assertThat(directory.resolve("out").resolve(CheckMojo.NEXT_FILE)).doesNotExist();
	}

	@Test
	void failsWhenTheChangelogIsBehindTheEntitiesAndWritesWhatIsMissing() throws Exception {
		writeChangelog(Author.class);
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> mojo(Author.class.getPackageName()).execute())
			.withMessageContaining("[changelog-behind-model] db/changelog/db.changelog-master.yaml")
			.withMessageContaining("1 table(s)");
		assertThat(Files.readString(directory.resolve("out").resolve(CheckMojo.NEXT_FILE))).contains("id: table-book")
			.contains("referencedTableName: author");
	}

	private void writeChangelog(Class<?>... entities) throws Exception {
		SchemaModel model = SchemaAnalyzer.model(PersistenceUnit.of(entities), SETTINGS, getClass().getClassLoader())
			.schema();
		Path file = directory.resolve("resources/db/changelog/db.changelog-master.yaml");
		Files.createDirectories(file.getParent());
		Files.writeString(file,
				new ChangelogWriter("app").write(new CreationPlanner().plan(model), ChangelogFormat.YAML));
	}

	private CheckMojo mojo(String entityPackage) {
		CheckMojo mojo = new CheckMojo();
		mojo.packages = List.of(entityPackage);
		mojo.resources = directory.resolve("resources").toFile();
		mojo.outputDirectory = directory.resolve("out").toFile();
		mojo.classLoader = getClass().getClassLoader();
		return mojo;
	}

}
