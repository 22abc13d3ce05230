package dev.schemabootstrap.autoconfigure;

import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.schemabootstrap.autoconfigure.fixtures.flat.FlatConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SqliteTests {

	@TempDir
	Path directory;

	private ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
					SchemaBootstrapAutoConfiguration.class))
			.withUserConfiguration(FlatConfiguration.class)
			.withPropertyValues("spring.datasource.url=jdbc:sqlite:" + directory.resolve("app.db"),
					"schema-bootstrap.changelog.output-dir=" + directory.resolve("changelog"));
	}

	@Test
	void createsTheSchemaWithEnforcedForeignKeysIncludingTheCycle() {
		contextRunner().run((context) -> {
			assertThat(context).hasNotFailed();
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThat(jdbc.queryForObject("PRAGMA foreign_keys", Integer.class)).isEqualTo(1);
			assertThat(jdbc.queryForList("select name from sqlite_master where type = 'table' and name in"
					+ " ('authors', 'books')", String.class)).containsExactlyInAnyOrder("authors", "books");
			byte[] authorId = uuid();
			jdbc.update("insert into authors (id, name) values (?, 'Le Guin')", authorId);
			jdbc.update("insert into books (author_id) values (?)", authorId);
			Long bookId = jdbc.queryForObject("select id from books", Long.class);
			jdbc.update("update authors set favourite_id = ? where id = ?", bookId, authorId);
			// Spring does not translate SQLite's error codes; the message is SQLite's own.
			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> jdbc.update("insert into books (author_id) values (?)", uuid()))
				.withMessageContaining("FOREIGN KEY constraint failed");
			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> jdbc.update("update authors set favourite_id = 999"))
				.withMessageContaining("FOREIGN KEY constraint failed");
		});
	}

	@Test
	void stopsStartupWhenConnectionsRunWithoutForeignKeys() {
		contextRunner().withPropertyValues("spring.datasource.hikari.connection-init-sql=select 1").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(SchemaValidationException.class)
				.hasMessageContaining("sqlite-foreign-keys-disabled");
		});
	}

	private static byte[] uuid() {
		UUID uuid = UUID.randomUUID();
		return java.nio.ByteBuffer.allocate(16)
			.putLong(uuid.getMostSignificantBits())
			.putLong(uuid.getLeastSignificantBits())
			.array();
	}

}
