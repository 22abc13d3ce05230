package dev.schemabootstrap.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties.ChangelogMode;
import dev.schemabootstrap.autoconfigure.fixtures.shop.ShopConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaBootstrapAutoConfigurationTests {

	@TempDir
	Path outputDir;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, TransactionAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class,
				SchemaBootstrapAutoConfiguration.class))
		.withUserConfiguration(ShopConfiguration.class)
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	void createsEveryTableThroughLiquibaseByDefault() {
		contextRunner.withPropertyValues("schema-bootstrap.changelog.output-dir=" + outputDir).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SchemaBootstrapper.class).getMode()).isEqualTo(ChangelogMode.GENERATE);
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			List<String> tables = jdbc.queryForList("select lower(table_schema) || '.' || lower(table_name)"
					+ " from information_schema.tables where table_schema in ('PUBLIC', 'PURCHASING')"
					+ " and table_name not like 'DATABASECHANGELOG%'"
					// Hibernate's own temporary tables for bulk mutations are runtime helpers, not the model.
					+ " and table_name not like 'HTE_%'", String.class);
			assertThat(tables).containsExactlyInAnyOrder("purchasing.suppliers", "purchasing.purchase_orders",
					"public.batches");
			assertThat(jdbc.queryForList("select distinct filename from databasechangelog", String.class))
				.containsExactly(SchemaBootstrapper.GENERATED_LOGICAL_PATH);
			assertThat(Files.readString(outputDir.resolve("db.changelog-schema-bootstrap.yaml")))
				.contains("createTable");
		});
	}

}
