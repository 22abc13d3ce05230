package dev.schemabootstrap.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.discover.EntityScanner;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.model.DatabaseKind;

/**
 * The changelog a team owns for a PostgreSQL production database: the sample's entities, scanned and analysed with
 * {@code PostgreSQLDialect} and written as {@code schema-bootstrap:generate} with {@code <dialect>} set writes it, into
 * {@code target/owned-postgresql-changelog/db.changelog-master.yaml}. The tests then use it as
 * {@code spring.liquibase.change-log}, in {@code verify} mode, on H2 and on PostgreSQL.
 */
final class PostgresqlChangelog {

	static final String DIALECT = "org.hibernate.dialect.PostgreSQLDialect";

	private static Path written;

	private PostgresqlChangelog() {
	}

	/** The changelog as a Spring resource location ({@code file:...}), written once per JVM. */
	static synchronized String location() {
		if (written == null) {
			written = write(Path.of("target", "owned-postgresql-changelog", "db.changelog-master.yaml"));
		}
		return "file:" + written.toAbsolutePath();
	}

	private static Path write(Path file) {
		ClassLoader classLoader = PostgresqlChangelog.class.getClassLoader();
		PersistenceUnit unit = new EntityScanner(classLoader).scan(List.of("dev.schemabootstrap.sample"));
		SchemaAnalysis analysis = SchemaAnalyzer.standard()
			.analyze(unit, Map.of("hibernate.dialect", DIALECT, "hibernate.physical_naming_strategy",
					"org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl"), Map.of(), classLoader);
		String changelog = new ChangelogWriter(ChangelogWriter.GENERATED_LOGICAL_PATH, DatabaseKind.of(DIALECT),
				analysis.mapping())
			.write(analysis.plan(), ChangelogFormat.YAML);
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, changelog);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

}
