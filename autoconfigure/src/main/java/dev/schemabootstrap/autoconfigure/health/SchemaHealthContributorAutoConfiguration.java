package dev.schemabootstrap.autoconfigure.health;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapAutoConfiguration;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.autoconfigure.liquibase.ChangelogStatusSupplier;

/**
 * Contributes the {@code schema} health component.
 */
@AutoConfiguration(after = SchemaBootstrapAutoConfiguration.class)
@ConditionalOnClass(AbstractHealthIndicator.class)
@ConditionalOnBean(SchemaBootstrapper.class)
@ConditionalOnEnabledHealthIndicator("schema")
public final class SchemaHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "schemaHealthIndicator")
	SchemaHealthIndicator schemaHealthIndicator(SchemaBootstrapper bootstrapper, DataSource dataSource,
			LiquibaseProperties liquibaseProperties, ResourceLoader resourceLoader) {
		return new SchemaHealthIndicator(bootstrapper,
				new ChangelogStatusSupplier(bootstrapper, dataSource, liquibaseProperties, resourceLoader));
	}

}
