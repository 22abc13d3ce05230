package dev.schemabootstrap.autoconfigure.slice;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
// Flyway is on this module's test class path (FlywayTests) and the slice would run it: a conflicting initializer.
@TestPropertySource(properties = { "schema-bootstrap.changelog.output-dir=target/schema-bootstrap-slice",
		"spring.flyway.enabled=false" })
class DataJpaTestSliceTests {

	@Autowired
	SchemaBootstrapper bootstrapper;

	@Autowired
	DataSource dataSource;

	@Test
	void theSliceCreatesTheSchemaThroughLiquibaseLikeTheApplication() {
		assertThat(bootstrapper.getAnalysis().model().entities()).extracting("className")
			.containsExactly(Shelf.class.getName());
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<String> changesets = jdbc.queryForList("select id from databasechangelog order by orderexecuted",
				String.class);
		// An in-memory database gets the generated changelog cut into one changeset per stage.
		assertThat(changesets).contains("tables");
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'SHELF'",
				Integer.class)).isEqualTo(1);
	}

}
