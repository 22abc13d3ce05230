package dev.schemabootstrap.changelog.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;

import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.DatabaseKind;

/** YAML changelogs as a user writes them, read by Liquibase's own parser. */
final class YamlChangelogs {

	private YamlChangelogs() {
	}

	/** A changelog of the given changesets (YAML list items, indented by two spaces), parsed by Liquibase. */
	static DatabaseChangeLog parse(String changeSets) {
		try {
			Path directory = Files.createTempDirectory("schema-bootstrap-lint");
			Files.writeString(directory.resolve("changelog.yaml"), "databaseChangeLog:\n" + changeSets);
			DirectoryResourceAccessor accessor = new DirectoryResourceAccessor(directory);
			return ChangeLogParserFactory.getInstance()
				.getParser("changelog.yaml", accessor)
				.parse("changelog.yaml", new ChangeLogParameters(), accessor);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (LiquibaseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Lints every changeset of the changelog as pending, with the column types given. */
	static Findings lint(DatabaseKind database, ColumnTypes types, String changeSets) {
		List<ChangeSet> pending = parse(changeSets).getChangeSets();
		return MigrationSafety.check(pending, database, types);
	}

	static Findings lint(DatabaseKind database, String changeSets) {
		return lint(database, ColumnTypes.UNKNOWN, changeSets);
	}

	/** A changeset with one change, given as YAML lines indented for a changeset's {@code changes} list. */
	static String changeSet(String id, String change) {
		return "  - changeSet:\n      id: " + id + "\n      author: dev\n      changes:\n" + change;
	}

}
