package dev.schemabootstrap.autoconfigure.endpoint;

import javax.sql.DataSource;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.endpoint.expose.EndpointExposure;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapAutoConfiguration;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.autoconfigure.liquibase.ChangelogStatusSupplier;

/**
 * Contributes the {@code schema} Actuator endpoint and, where it is exposed over HTTP, its HTML page.
 */
@AutoConfiguration(after = SchemaBootstrapAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnBean(SchemaBootstrapper.class)
@ConditionalOnAvailableEndpoint(SchemaEndpoint.class)
public final class SchemaEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SchemaEndpoint schemaEndpoint(SchemaBootstrapper bootstrapper, DataSource dataSource,
			LiquibaseProperties liquibaseProperties, ResourceLoader resourceLoader) {
		return new SchemaEndpoint(bootstrapper,
				new ChangelogStatusSupplier(bootstrapper, dataSource, liquibaseProperties, resourceLoader));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(SchemaEndpoint.class)
	@ConditionalOnAvailableEndpoint(exposure = EndpointExposure.WEB)
	SchemaEndpointWebExtension schemaEndpointWebExtension(SchemaEndpoint endpoint) {
		return new SchemaEndpointWebExtension(endpoint);
	}

}
