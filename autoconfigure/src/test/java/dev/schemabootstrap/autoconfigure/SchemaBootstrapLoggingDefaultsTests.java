package dev.schemabootstrap.autoconfigure;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaBootstrapLoggingDefaultsTests {

	private final SchemaBootstrapLoggingDefaults defaults = new SchemaBootstrapLoggingDefaults();

	@Test
	void quietensLiquibaseToWarnByDefault() {
		MockEnvironment environment = new MockEnvironment();
		defaults.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("logging.level.liquibase")).isEqualTo("warn");
	}

	@Test
	void leavesTheApplicationsOwnLevelAlone() {
		MockEnvironment environment = new MockEnvironment().withProperty("logging.level.liquibase", "debug");
		defaults.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("logging.level.liquibase")).isEqualTo("debug");
	}

	@Test
	void changesNothingWhenSchemaBootstrapIsDisabled() {
		MockEnvironment environment = new MockEnvironment().withProperty("schema-bootstrap.enabled", "false");
		defaults.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("logging.level.liquibase")).isNull();
	}

}
