package dev.schemabootstrap.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;

/**
 * A project directory for the goals' tests: {@code resources/} holds the changelog, {@code out/} what the goals
 * write; the entity classes come from the test class path.
 */
record MojoProject(Path directory) {

	/** The settings the goals use by default: H2, with the plugin's snake-case naming. */
	static final Map<String, String> SETTINGS = Map.of("hibernate.dialect", "org.hibernate.dialect.H2Dialect",
			"hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");

	<T extends AbstractSchemaMojo> T configure(T mojo, String entityPackage) {
		mojo.packages = List.of(entityPackage);
		mojo.resources = directory.resolve("resources").toFile();
		mojo.outputDirectory = directory.resolve("out").toFile();
		mojo.classLoader = getClass().getClassLoader();
		return mojo;
	}

	Path master() {
		return directory.resolve("resources/db/changelog/db.changelog-master.yaml");
	}

	/** A master changelog that creates exactly these entities' tables. */
	void writeChangelog(Class<?>... entities) throws Exception {
		SchemaModel model = SchemaAnalyzer.model(PersistenceUnit.of(entities), SETTINGS, getClass().getClassLoader())
			.schema();
		Files.createDirectories(master().getParent());
		Files.writeString(master(),
				new ChangelogWriter("app").write(new CreationPlanner().plan(model), ChangelogFormat.YAML));
	}

}
