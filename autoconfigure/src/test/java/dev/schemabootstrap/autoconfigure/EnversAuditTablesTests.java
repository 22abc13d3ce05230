package dev.schemabootstrap.autoconfigure;

import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.schemabootstrap.autoconfigure.fixtures.audited.AuditedConfiguration;
import dev.schemabootstrap.autoconfigure.fixtures.audited.Person;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate Envers (spring-data-examples' {@code jpa/envers}): an {@code @Audited} entity gets an audit entity with no
 * class ({@code Person_AUD}) and the revision entity. The changelog creates their tables, Envers writes to them, and
 * the live schema matches the model, on the first start and the next.
 */
class EnversAuditTablesTests {

	@TempDir
	Path outputDir;

	private final String url = "jdbc:h2:mem:envers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				LiquibaseAutoConfiguration.class, SchemaBootstrapAutoConfiguration.class))
		.withUserConfiguration(AuditedConfiguration.class);

	@Test
	void auditTablesAreCreatedWrittenAndMatchTheModel() {
		for (int start = 1; start <= 2; start++) {
			this.contextRunner
				.withPropertyValues("spring.datasource.url=" + this.url,
						"schema-bootstrap.changelog.output-dir=" + this.outputDir)
				.run((context) -> {
					assertThat(context).hasNotFailed();
					SchemaBootstrapper bootstrapper = context.getBean(SchemaBootstrapper.class);
					assertThat(bootstrapper.isDriftChecked()).isTrue();
					assertThat(bootstrapper.getFindings().atLeast(Severity.INFO).asList())
						.as(bootstrapper.getFindings().toString())
						.isEmpty();
					var entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
					entityManager.getTransaction().begin();
					entityManager.persist(new Person("John"));
					entityManager.getTransaction().commit();
					entityManager.close();
					JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
					assertThat(jdbc.queryForObject("select count(*) from person_aud", Integer.class)).isPositive();
					assertThat(jdbc.queryForObject("select count(*) from revinfo", Integer.class)).isPositive();
				});
		}
	}

}
