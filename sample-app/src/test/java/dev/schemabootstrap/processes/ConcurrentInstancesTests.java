package dev.schemabootstrap.processes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.database.DatabaseList;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.sample.SampleApplication;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight instances of the sample started at the same moment against one empty PostgreSQL database, as a
 * deployment that scales out does: Liquibase's lock lets one migrate while the others wait, so each changeset is
 * applied once, and every instance comes up healthy.
 */
class ConcurrentInstancesTests {

	private static final int INSTANCES = 8;

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	@TempDir
	Path directory;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void eightInstancesStartedAtOnceApplyEachChangesetOnceAndAllBecomeHealthy() throws Exception {
		// One output directory for all: instances on one host with one working directory share it.
		Path changelogs = directory.resolve("changelog");
		List<ApplicationProcess> instances = new ArrayList<>();
		try {
			for (int i = 0; i < INSTANCES; i++) {
				instances.add(ApplicationProcess.start(SampleApplication.class, directory.resolve("instance-" + i + ".log"),
						List.of(), List.of("--spring.profiles.active=postgres", "--server.port=0",
								"--spring.datasource.url=" + database.url(), "--spring.datasource.username=",
								"--spring.datasource.password=", "--schema-bootstrap.changelog.output-dir=" + changelogs)));
			}
			// Eight JVMs starting at once on a two-core machine that is busy with other builds took over 180 s once;
			// the wait ends as soon as an instance exits, so a long bound costs nothing when it fails for real.
			for (ApplicationProcess instance : instances) {
				instance.await("the web server", Duration.ofSeconds(600), () -> instance.webPort().isPresent());
				HttpResponse<String> health = schemaHealth(instance.webPort().orElseThrow());
				assertThat(health.statusCode()).as(instance.output()).isEqualTo(200);
				// The component's own status; its details hold counts, no other status.
				assertThat(health.body()).as(instance.output()).contains("\"status\":\"UP\"");
			}
			for (ApplicationProcess instance : instances) {
				assertThat(instance.isAlive()).as(instance.output()).isTrue();
				assertThat(instance.output()).doesNotContain("ERROR");
			}
		}
		finally {
			for (ApplicationProcess instance : instances) {
				instance.close();
			}
		}
		List<String> expected = changesetIds(changelogs);
		assertThat(expected).isNotEmpty();
		assertThat(appliedIds()).containsExactlyInAnyOrderElementsOf(expected);
	}

	private HttpResponse<String> schemaHealth(int port) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/schema"))
			.timeout(Duration.ofSeconds(30))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Every row of DATABASECHANGELOG, so that an id applied twice shows twice. */
	private List<String> appliedIds() throws Exception {
		List<String> ids = new ArrayList<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id from databasechangelog")) {
			while (rows.next()) {
				ids.add(rows.getString(1));
			}
		}
		return ids;
	}

	/**
	 * The ids of the changesets in the changelog the instances generated that PostgreSQL runs, as Liquibase parses
	 * it: a changeset kept for other databases only (the upper-case twin of a quoted name) is not applied here.
	 */
	private static List<String> changesetIds(Path changelogs) throws Exception {
		Path file;
		try (Stream<Path> files = Files.list(changelogs)) {
			file = files.filter((path) -> path.getFileName().toString().startsWith("db.changelog-schema-bootstrap."))
				.findFirst()
				.orElseThrow();
		}
		try (ResourceAccessor accessor = new DirectoryResourceAccessor(changelogs)) {
			String name = file.getFileName().toString();
			return ChangeLogParserFactory.getInstance()
				.getParser(name, accessor)
				.parse(name, new ChangeLogParameters(), accessor)
				.getChangeSets()
				.stream()
				.filter((changeSet) -> DatabaseList.definitionMatches(changeSet.getDbmsSet(), "postgresql", true))
				.map(ChangeSet::getId)
				.toList();
		}
	}

}
