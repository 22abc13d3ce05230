package dev.schemabootstrap.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.changelog.ChangeSetGrouping;
import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.database.InMemoryDatabases;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.stage.ChangelogFiles;
import dev.schemabootstrap.stage.NextChangeSets;

/**
 * The files startup writes into {@code changelog.output-dir}: the generated changelog ({@code generate} mode), and
 * the changesets for review or for Liquibase that the stages write through it.
 */
final class ChangelogOutput implements NextChangeSets.Output {

	static final String GENERATED_FILE_NAME = "db.changelog-schema-bootstrap";

	private static final Log logger = LogFactory.getLog(SchemaBootstrapper.class);

	private final SchemaBootstrapProperties.Changelog settings;

	ChangelogOutput(SchemaBootstrapProperties.Changelog settings) {
		this.settings = settings;
	}

	/**
	 * Writes the whole ordered changelog of the model, under {@link ChangelogWriter#GENERATED_LOGICAL_PATH}.
	 * @return where, as a URI Liquibase reads
	 */
	String writeGenerated(SchemaAnalysis result, @Nullable DataSource dataSource) {
		ChangelogFormat format = settings.getFormat();
		DatabaseKind database = DatabaseKind.of(result.model().dialect());
		// A database built from nothing at every start has no history to keep stable and nothing to resume.
		ChangeSetGrouping grouping = dataSource != null && InMemoryDatabases.isInMemory(dataSource)
				? ChangeSetGrouping.PER_STAGE : ChangeSetGrouping.PER_OBJECT;
		String changelog = new ChangelogWriter(ChangelogWriter.GENERATED_LOGICAL_PATH, database, result.mapping())
			.grouped(grouping)
			.write(result.plan(), format);
		Path file = write(GENERATED_FILE_NAME + "." + format.extension(), changelog);
		logger.debug("Generated changelog written to " + file + " (" + grouping + ")");
		return file.toUri().toString();
	}

	/** Writes a changelog into {@code changelog.output-dir}, for Liquibase or for review. */
	@Override
	public Path write(String fileName, String changelog) {
		Path file = Path.of(settings.getOutputDir()).toAbsolutePath().resolve(fileName);
		try {
			ChangelogFiles.write(file, changelog);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Schema Bootstrap could not write a changelog to " + file
					+ "; set 'schema-bootstrap.changelog.output-dir' to a writable directory", ex);
		}
		return file;
	}

}
