package dev.schemabootstrap.autoconfigure.matrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every spelling of a type gives no drift: a model with a field of each common Java type (as the dialect maps it)
 * and, through explicit {@code columnDefinition}, each spelling the database accepts ({@code text}, {@code int4},
 * {@code bool}, {@code decimal}, {@code float8}, {@code bytea}, {@code uuid}, {@code timestamptz}, ...), which the
 * database then reports in its own (H2 reports {@code text} as {@code CHARACTER LARGE OBJECT}). The application
 * starts twice on the same database, with zero {@code schema-drift} findings each time. Then a real difference (a
 * longer {@code varchar}, a {@code bigint} for an {@code int}) made by hand is still reported.
 */
abstract class EquivalentTypesScenario {

	@TempDir
	Path outputDir;

	/** A fresh database of its own. */
	abstract TestDatabase database();

	/** The configuration whose package holds the common entity and this database's spellings. */
	abstract Class<?> model();

	/** Statements that widen {@code declared_types.as_varchar} to 100 characters and make {@code as_int} a bigint. */
	abstract List<String> realDifferences();

	/** The subjects of the drift the real differences cause. */
	List<String> driftOfRealDifferences() {
		return List.of("declared_types.as_varchar", "declared_types.as_int");
	}

	String url(TestDatabase database) {
		return database.url();
	}

	List<String> properties() {
		return List.of();
	}

	@Test
	void equivalentTypesGiveNoDriftOnTwoStartsAndARealDifferenceIsStillReported() {
		assertThat(drift()).as("first start").isEmpty();
		assertThat(drift()).as("second start on the same database").isEmpty();
		JdbcTemplate jdbc = new JdbcTemplate(
				new org.springframework.jdbc.datasource.SingleConnectionDataSource(url(database()), true));
		realDifferences().forEach(jdbc::execute);
		assertThat(drift()).extracting(Finding::subject)
			.containsExactlyInAnyOrderElementsOf(driftOfRealDifferences());
	}

	/** Starts the application (fail-on never, to see every finding) and returns its drift findings. */
	private List<Finding> drift() {
		List<String> properties = new ArrayList<>(List.of("schema-bootstrap.validation.fail-on=never"));
		properties.addAll(properties());
		List<Finding> drift = new ArrayList<>();
		MatrixApplications.runner(url(database()), outputDir, model(), properties)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
				assertThat(bootstrapper.isDriftChecked()).isTrue();
				Findings findings = bootstrapper.getFindings();
				assertThat(new JdbcTemplate(context.getBean(DataSource.class))
					.queryForObject("select count(*) from declared_types", Integer.class)).isZero();
				drift.addAll(findings.withId("schema-drift").asList());
				assertThat(drift).as("%s", findings).allSatisfy((finding) -> assertThat(finding).isNotNull());
			});
		return drift;
	}

}
