package dev.schemabootstrap.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties.ChangelogMode;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.sample.inventory.NewPurchaseOrder;
import dev.schemabootstrap.sample.inventory.Purchasing;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same owned changelog ({@link PostgresqlChangelog}) that {@link PostgresqlChangelogOnH2Tests} verifies on H2, on
 * the production database it was generated for: applied by the application on its {@code postgres} profile and
 * verified without drift, nothing behind the model and no warning, twice.
 */
class PostgresqlChangelogOnPostgresTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	@Test
	void theOwnedChangelogIsVerifiedOnPostgresqlWithoutFindings() {
		for (int start = 1; start <= 2; start++) {
			try (ConfigurableApplicationContext context = start()) {
				SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
				assertThat(bootstrapper.getMode()).isEqualTo(ChangelogMode.VERIFY);
				assertThat(bootstrapper.isDriftChecked()).isTrue();
				assertThat(bootstrapper.getFindings().atLeast(Severity.WARNING).asList()).isEmpty();
				assertThat(bootstrapper.getFindings().stream().map(Finding::id)).doesNotContain("schema-drift",
						"changelog-behind-model", "pending-changesets");
				assertThat(context.getBean(Purchasing.class).order(new NewPurchaseOrder("Acme " + start)).id())
					.isNotNull();
			}
		}
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplication(SampleApplication.class).run("--spring.profiles.active=postgres",
				"--server.port=0", "--spring.datasource.url=" + database.url(), "--spring.datasource.username=",
				"--spring.datasource.password=", "--spring.liquibase.change-log=" + PostgresqlChangelog.location(),
				"--schema-bootstrap.changelog.output-dir=target/schema-bootstrap-owned-postgresql");
	}

}
