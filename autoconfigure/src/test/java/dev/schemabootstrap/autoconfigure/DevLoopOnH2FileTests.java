package dev.schemabootstrap.autoconfigure;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The developer's loop on an H2 file database. */
class DevLoopOnH2FileTests extends DevLoopScenario {

	@TempDir
	Path databaseDir;

	@Override
	String url() {
		return "jdbc:h2:file:" + databaseDir.resolve("notes").toAbsolutePath() + ";USER=sa";
	}

}
