package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.CreationPlanner;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictingSchemaInitializerCheckTest {

	private final SchemaModel model = new SchemaModel("org.hibernate.dialect.H2Dialect", List.of(), List.of(),
			List.of());

	private List<Finding> check(Map<String, String> settings) {
		return new ConflictingSchemaInitializerCheck()
			.check(new CheckContext(model, new CreationPlanner().plan(model), settings));
	}

	@Test
	void ddlAutoUpdateConflicts() {
		List<Finding> findings = check(Map.of("spring.jpa.hibernate.ddl-auto", "update"));
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.subject()).isEqualTo("spring.jpa.hibernate.ddl-auto");
			assertThat(finding.hint()).contains("none", "validate");
		});
	}

	@Test
	void ddlAutoValidateIsFine() {
		assertThat(check(Map.of("spring.jpa.hibernate.ddl-auto", "validate"))).isEmpty();
	}

	@Test
	void flywayMigratingIsAnErrorNamingItsLocations() {
		List<Finding> findings = check(
				Map.of(ConflictingSchemaInitializerCheck.FLYWAY_LOCATIONS, "classpath:db/migration"));
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.subject()).isEqualTo("Flyway");
			assertThat(finding.message()).contains("Flyway", "classpath:db/migration");
			assertThat(finding.hint()).contains("spring.flyway.enabled=false");
		});
	}

	@Test
	void flywayLibraryThatNothingRunsIsAWarning() {
		List<Finding> findings = check(
				Map.of(ConflictingSchemaInitializerCheck.INERT_FLYWAY_LOCATIONS, "classpath:db/migration"));
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.message()).contains("classpath:db/migration", "will not run");
		});
	}

	@Test
	void noFlywayIsFine() {
		assertThat(check(Map.of())).isEmpty();
	}

}
