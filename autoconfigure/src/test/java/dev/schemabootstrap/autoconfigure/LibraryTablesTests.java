package dev.schemabootstrap.autoconfigure;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The tables a library's own schema script creates, read from the script itself. */
class LibraryTablesTests {

	private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	@Test
	void springBatchsScriptsCreateItsTablesAndWhereADatabaseHasNoSequencesItsSequenceTables() {
		// Every platform's script at once: MySQL's and others' make *_SEQ tables where PostgreSQL makes sequences.
		assertThat(LibraryTables.createdTables(resources,
				"classpath:org/springframework/batch/core/schema-@@platform@@.sql"))
			.containsExactly("batch_job_execution", "batch_job_execution_context", "batch_job_execution_params",
					"batch_job_execution_seq", "batch_job_instance", "batch_job_instance_seq", "batch_step_execution",
					"batch_step_execution_context", "batch_step_execution_seq");
	}

	@Test
	void springSessionsScriptsCreateItsTwoTables() {
		assertThat(LibraryTables.createdTables(resources,
				"classpath:org/springframework/session/jdbc/schema-@@platform@@.sql"))
			.containsExactly("spring_session", "spring_session_attributes");
	}

	@Test
	void aScriptOfOneOwnNamesItsOwnTablesWithTheirSchemaLeftOff() {
		assertThat(LibraryTables.createdTables(resources, "classpath:library-tables/custom-batch-schema.sql"))
			.containsExactly("my_job_instance", "my_step_execution");
	}

	@Test
	void aMissingScriptCreatesNothing() {
		assertThat(LibraryTables.createdTables(resources, "classpath:library-tables/none-@@platform@@.sql")).isEmpty();
	}

}
