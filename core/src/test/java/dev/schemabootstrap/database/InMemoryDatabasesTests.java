package dev.schemabootstrap.database;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryDatabasesTests {

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:h2:mem:", "jdbc:h2:mem:testdb", "jdbc:h2:mem:db;DB_CLOSE_DELAY=-1",
			"JDBC:H2:MEM:upper", "jdbc:sqlite::memory:", "jdbc:sqlite:", "jdbc:sqlite:file::memory:?cache=shared",
			"jdbc:sqlite:file:shared?mode=memory&cache=shared", "jdbc:hsqldb:mem:testdb", "jdbc:derby:memory:testdb;create=true" })
	void theseLiveOnlyAsLongAsTheProcess(String url) {
		assertThat(InMemoryDatabases.isInMemory(url)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:h2:file:./target/db", "jdbc:h2:./db", "jdbc:h2:tcp://localhost/mem:shared",
			"jdbc:h2:~/memory", "jdbc:sqlite:app.db", "jdbc:sqlite:/tmp/memory.db", "jdbc:sqlite:file:app.db?cache=shared",
			"jdbc:postgresql://localhost/mem", "jdbc:mariadb://localhost/test", "jdbc:hsqldb:file:./db",
			"jdbc:hsqldb:hsql://localhost/mem", "jdbc:derby:./db;create=true", "jdbc:derby://localhost/memory" })
	void theseKeepTheirData(String url) {
		assertThat(InMemoryDatabases.isInMemory(url)).isFalse();
	}

}
