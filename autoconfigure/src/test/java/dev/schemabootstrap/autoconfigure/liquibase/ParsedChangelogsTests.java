package dev.schemabootstrap.autoconfigure.liquibase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import liquibase.changelog.DatabaseChangeLog;
import liquibase.integration.spring.SpringLiquibase;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import dev.schemabootstrap.migration.ChangelogStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The read of the status after the startup migration takes the changelog the migration parsed instead of parsing it
 * again, and tells the same: counted here by how often the changelog file is opened through the resource loader.
 */
class ParsedChangelogsTests {

	@TempDir
	Path directory;

	@Test
	void theStatusReadUsesTheMigrationsParseAndSaysTheSame() throws Exception {
		Path file = directory.resolve("master.yaml");
		Files.writeString(file, """
				databaseChangeLog:
				  - changeSet:
				      id: books
				      author: test
				      changes:
				        - createTable:
				            tableName: books
				            columns:
				              - column: {name: id, type: bigint, constraints: {primaryKey: true}}
				  - changeSet:
				      id: for-tests-only
				      author: test
				      context: test
				      changes:
				        - createTable:
				            tableName: fixtures
				            columns:
				              - column: {name: id, type: bigint}
				""");
		String location = file.toUri().toString();
		CountingResourceLoader resources = new CountingResourceLoader("master.yaml");
		JdbcDataSource dataSource = newDatabase();
		SpringLiquibase liquibase = liquibase(dataSource, file, resources);
		liquibase.setContexts("prod");
		ParsedChangelogs parsed = new ParsedChangelogs();
		parsed.install("liquibase", liquibase);

		liquibase.afterPropertiesSet();
		int opensByTheMigration = resources.opens.get();
		DatabaseChangeLog changelog = parsed.take("liquibase", location);
		LiquibaseProperties properties = new LiquibaseProperties();
		properties.setContexts(List.of("prod"));
		ChangelogStatus reused = ChangelogStatus.read(LiquibaseTargets.of(dataSource, properties, resources), location, changelog);

		assertThat(opensByTheMigration).isPositive();
		assertThat(changelog).isNotNull();
		assertThat(changelog.getChangeSets()).extracting((changeSet) -> changeSet.getId())
			.containsExactly("books", "for-tests-only");
		assertThat(resources.opens.get()).as("no second parse").isEqualTo(opensByTheMigration);
		ChangelogStatus parsedAgain = ChangelogStatus.read(LiquibaseTargets.of(dataSource, properties, resources), location, null);
		assertThat(resources.opens.get()).isGreaterThan(opensByTheMigration);
		assertThat(reused).isEqualTo(parsedAgain);
		assertThat(reused.applied()).isEqualTo(1);
		assertThat(reused.pending()).isZero();
	}

	@Test
	void givesTheParseOnceAndOnlyForTheLocationTheMigrationRead() throws Exception {
		Path file = directory.resolve("master.yaml");
		Files.writeString(file, "databaseChangeLog: []\n");
		SpringLiquibase liquibase = liquibase(newDatabase(), file, new DefaultResourceLoader());
		ParsedChangelogs parsed = new ParsedChangelogs();
		parsed.install("liquibase", liquibase);

		assertThat(parsed.take("liquibase", file.toUri().toString())).as("before the migration ran").isNull();
		liquibase.afterPropertiesSet();

		assertThat(parsed.take("liquibase", "classpath:db/other.yaml")).isNull();
		liquibase.afterPropertiesSet();
		assertThat(parsed.take("other", file.toUri().toString())).isNull();
		assertThat(parsed.take("liquibase", file.toUri().toString())).isNotNull();
		assertThat(parsed.take("liquibase", file.toUri().toString())).as("taken already").isNull();
	}

	@Test
	void leavesAChangelogItCannotParseToTheMigration() throws Exception {
		Path file = directory.resolve("master.yaml");
		Files.writeString(file, "databaseChangeLog:\n  - changeSet: [unclosed\n");
		SpringLiquibase liquibase = liquibase(newDatabase(), file, new DefaultResourceLoader());
		ParsedChangelogs parsed = new ParsedChangelogs();
		parsed.install("liquibase", liquibase);

		assertThatException()
			.isThrownBy(liquibase::afterPropertiesSet)
			.withStackTraceContaining("master.yaml");
		assertThat(parsed.take("liquibase", file.toUri().toString())).isNull();
	}

	private static JdbcDataSource newDatabase() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:parsed-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		return dataSource;
	}

	private static SpringLiquibase liquibase(JdbcDataSource dataSource, Path changelog, ResourceLoader resources) {
		SpringLiquibase liquibase = new SpringLiquibase();
		liquibase.setDataSource(dataSource);
		liquibase.setChangeLog(changelog.toUri().toString());
		liquibase.setResourceLoader(resources);
		return liquibase;
	}

	/** Counts how often a resource whose location ends with the given name is asked for. */
	private static final class CountingResourceLoader extends DefaultResourceLoader {

		private final String name;

		private final AtomicInteger opens = new AtomicInteger();

		CountingResourceLoader(String name) {
			this.name = name;
		}

		@Override
		public Resource getResource(String location) {
			if (location.endsWith(name)) {
				opens.incrementAndGet();
			}
			return super.getResource(location);
		}

	}

}
