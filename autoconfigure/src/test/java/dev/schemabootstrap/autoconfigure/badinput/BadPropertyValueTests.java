package dev.schemabootstrap.autoconfigure.badinput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.autoconfigure.badinput.notes.NotesConfiguration;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each {@code schema-bootstrap.*} property with a value it does not take: startup stops naming the property, the
 * value, where it was set and the values it takes, and the database, already migrated and holding a row, is left
 * exactly as it was.
 */
class BadPropertyValueTests {

	private static final String ORIGIN = " (set in \"%s\" from property source \"test\")";

	@TempDir
	Path outputDir;

	private final String url = "jdbc:h2:mem:properties-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private BadInputApplication application;

	private DatabaseSnapshot before;

	@BeforeEach
	void migrateAndAddARow() {
		application = BadInputApplication.of(NotesConfiguration.class, url, outputDir);
		application.starts((context) -> new JdbcTemplate(context.getBean(DataSource.class))
			.update("insert into notes (id, text) values (1, 'kept')"));
		before = DatabaseSnapshot.of(url);
		assertThat(before.tables()).containsKeys("PUBLIC.NOTES", "PUBLIC.DATABASECHANGELOG");
	}

	@AfterEach
	void databaseIsUnchanged() {
		assertThat(DatabaseSnapshot.of(url)).isEqualTo(before);
	}

	@Test
	void enabled() {
		assertFails("schema-bootstrap.enabled=maybe", "Invalid value 'maybe' for property 'schema-bootstrap.enabled'"
				+ origin("schema-bootstrap.enabled") + ".", "Set 'schema-bootstrap.enabled' to 'true' or 'false' (the default is 'true').");
	}

	@Test
	void validationFailOn() {
		assertFails("schema-bootstrap.validation.fail-on=sometimes",
				"Invalid value 'sometimes' for property 'schema-bootstrap.validation.fail-on'"
						+ origin("schema-bootstrap.validation.fail-on") + ".",
				"Set 'schema-bootstrap.validation.fail-on' to one of 'error', 'warning', 'never' (the default is 'error').");
	}

	@Test
	void changelogMode() {
		assertFails("schema-bootstrap.changelog.mode=regenerate",
				"Invalid value 'regenerate' for property 'schema-bootstrap.changelog.mode'"
						+ origin("schema-bootstrap.changelog.mode") + ".",
				"Set 'schema-bootstrap.changelog.mode' to one of 'generate', 'verify', 'off'.");
	}

	@Test
	void changelogFormat() {
		assertFails("schema-bootstrap.changelog.format=json",
				"Invalid value 'json' for property 'schema-bootstrap.changelog.format'"
						+ origin("schema-bootstrap.changelog.format") + ".",
				"Set 'schema-bootstrap.changelog.format' to one of 'yaml', 'xml' (the default is 'yaml').");
	}

	@Test
	void changelogAllowDestructive() {
		assertFails("schema-bootstrap.changelog.allow-destructive=perhaps",
				"Invalid value 'perhaps' for property 'schema-bootstrap.changelog.allow-destructive'"
						+ origin("schema-bootstrap.changelog.allow-destructive") + ".",
				"Set 'schema-bootstrap.changelog.allow-destructive' to 'true' or 'false' (the default is 'false').");
	}

	@Test
	void baselineMode() {
		assertFails("schema-bootstrap.baseline.mode=always",
				"Invalid value 'always' for property 'schema-bootstrap.baseline.mode'"
						+ origin("schema-bootstrap.baseline.mode") + ".",
				"Set 'schema-bootstrap.baseline.mode' to one of 'if-matching', 'never' (the default is 'if-matching').");
	}

	@Test
	void driftEnabled() {
		assertFails("schema-bootstrap.drift.enabled=sometimes",
				"Invalid value 'sometimes' for property 'schema-bootstrap.drift.enabled'"
						+ origin("schema-bootstrap.drift.enabled") + ".",
				"Set 'schema-bootstrap.drift.enabled' to 'true' or 'false' (the default is 'true').");
	}

	@Test
	void lockStaleAfterThatIsNoDuration() {
		assertFails("schema-bootstrap.lock.stale-after=ten minutes",
				"Invalid value 'ten minutes' for property 'schema-bootstrap.lock.stale-after'"
						+ origin("schema-bootstrap.lock.stale-after") + ".",
				"Set 'schema-bootstrap.lock.stale-after' to a positive duration such as '90s', '10m' or '2h'"
						+ " (ISO-8601 such as 'PT10M' works too) (the default is '10m').");
	}

	@Test
	void lockStaleAfterThatIsNegative() {
		assertFails("schema-bootstrap.lock.stale-after=-5m",
				"Invalid value '-5m' for property 'schema-bootstrap.lock.stale-after'"
						+ origin("schema-bootstrap.lock.stale-after") + ": the duration must be positive.",
				"Set 'schema-bootstrap.lock.stale-after' to a positive duration such as '90s', '10m' or '2h'"
						+ " (ISO-8601 such as 'PT10M' works too) (the default is '10m').");
	}

	@Test
	void lockReleaseStale() {
		assertFails("schema-bootstrap.lock.release-stale=later",
				"Invalid value 'later' for property 'schema-bootstrap.lock.release-stale'"
						+ origin("schema-bootstrap.lock.release-stale") + ".",
				"Set 'schema-bootstrap.lock.release-stale' to 'true' or 'false' (the default is 'false').");
	}

	@Test
	void packages() {
		assertFails("schema-bootstrap.packages=com/example/store",
				"Invalid value 'com/example/store' for property 'schema-bootstrap.packages'"
						+ origin("schema-bootstrap.packages") + ": 'com/example/store' is not a Java package name.",
				"Set 'schema-bootstrap.packages' to a comma-separated list of Java package names such as"
						+ " 'com.example.store'.");
	}

	@Test
	void unknownProperty() {
		assertFails("schema-bootstrap.changelog.modus=generate",
				"Unknown property 'schema-bootstrap.changelog.modus'" + origin("schema-bootstrap.changelog.modus") + ".",
				"""
						Did you mean 'schema-bootstrap.changelog.mode'? Otherwise remove 'schema-bootstrap.changelog.modus'.
						The properties of Schema Bootstrap are: schema-bootstrap.baseline.mode, \
						schema-bootstrap.changelog.allow-destructive, schema-bootstrap.changelog.format, \
						schema-bootstrap.changelog.mode, schema-bootstrap.changelog.output-dir, schema-bootstrap.docs-url, \
						schema-bootstrap.drift.enabled, schema-bootstrap.enabled, schema-bootstrap.lock.release-stale, \
						schema-bootstrap.lock.stale-after, schema-bootstrap.packages, \
						schema-bootstrap.validation.fail-on, schema-bootstrap.validation.suppress.""");
	}

	@Test
	void validationSuppressOfAnUnknownIdWarnsAndStarts() {
		// A suppression left over after an upgrade must not stop startup by itself: a WARNING finding.
		application.with("schema-bootstrap.validation.suppress=no-such-finding")
			.starts((context) -> assertThat(
					context.getBean(SchemaBootstrapper.class).getFindings().withId("unknown-suppression").asList())
				.singleElement()
				.satisfies((finding) -> {
					assertThat(finding.severity()).isEqualTo(Severity.WARNING);
					assertThat(finding.subject()).isEqualTo("schema-bootstrap.validation.suppress[0]");
					assertThat(finding.message()).isEqualTo("'no-such-finding' in schema-bootstrap.validation.suppress"
							+ " names no finding id, so it suppresses nothing");
					assertThat(finding.hint()).startsWith("Use 'finding-id' or 'finding-id:subject-glob' with one of:"
							+ " both-sides-own-association, changelog-behind-model,");
				}));
	}

	@Test
	void changelogOutputDirThatIsAFile() throws Exception {
		Path file = Files.writeString(outputDir.resolve("not-a-directory"), "user data");
		FailureAnalysis analysis = application.with("schema-bootstrap.changelog.output-dir=" + file).failsToStart();
		assertThat(analysis.getDescription()).isEqualTo("Invalid value '" + file
				+ "' for property 'schema-bootstrap.changelog.output-dir'"
				+ origin("schema-bootstrap.changelog.output-dir") + ": '" + file + "' is a file, not a directory.");
		assertThat(analysis.getAction()).isEqualTo("Set 'schema-bootstrap.changelog.output-dir' to the path of a"
				+ " directory (it is created when missing) (the default is 'target/schema-bootstrap').");
		assertThat(Files.readString(file)).isEqualTo("user data");
	}

	private static String origin(String property) {
		return ORIGIN.formatted(property);
	}

	private void assertFails(String property, String description, String action) {
		FailureAnalysis analysis = application.with(property).failsToStart();
		assertThat(analysis.getDescription()).isEqualTo(description);
		assertThat(analysis.getAction()).isEqualTo(action);
	}

}
