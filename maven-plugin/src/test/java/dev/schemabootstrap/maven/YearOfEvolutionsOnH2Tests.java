package dev.schemabootstrap.maven;

import org.junit.jupiter.api.io.TempDir;

/** A year of evolutions on an H2 file database, with the plugin set to H2's dialect. */
class YearOfEvolutionsOnH2Tests extends YearOfEvolutionsScenario {

	@TempDir
	java.nio.file.Path databaseDirectory;

	@Override
	String url() {
		return "jdbc:h2:file:" + databaseDirectory.resolve("library").toAbsolutePath() + ";USER=sa";
	}

	@Override
	String freshUrl() {
		return "jdbc:h2:file:" + databaseDirectory.resolve("fresh").toAbsolutePath() + ";USER=sa";
	}

	@Override
	String dialect() {
		return "org.hibernate.dialect.H2Dialect";
	}

}
