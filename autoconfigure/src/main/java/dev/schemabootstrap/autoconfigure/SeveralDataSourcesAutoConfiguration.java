package dev.schemabootstrap.autoconfigure;

import liquibase.integration.spring.SpringLiquibase;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * Where Schema Bootstrap backs off because the application has several {@code DataSource} beans and none is
 * {@code @Primary}, the Liquibase it brings onto the class path backs off with it, unless the application points
 * Spring Boot's Liquibase at a data source of its own. Spring Boot's Liquibase would otherwise fail the start with
 * "Liquibase migration DataSource missing", in an application that never asked for Liquibase.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, before = LiquibaseAutoConfiguration.class)
@ConditionalOnClass({ SpringLiquibase.class, LiquibaseAutoConfiguration.class })
@Conditional(OnSchemaBootstrapEnabledCondition.class)
public final class SeveralDataSourcesAutoConfiguration {

	@Bean
	static LiquibaseWithoutDataSource schemaBootstrapLiquibaseWithoutDataSource(Environment environment) {
		return new LiquibaseWithoutDataSource(environment);
	}

}
