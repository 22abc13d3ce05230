package dev.schemabootstrap.autoconfigure.metrics;

import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapAutoConfiguration;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;

/**
 * Contributes Schema Bootstrap's Micrometer metrics; Spring Boot binds every {@link MeterBinder} bean to its
 * registries.
 */
@AutoConfiguration(after = SchemaBootstrapAutoConfiguration.class)
@ConditionalOnClass(MeterBinder.class)
@ConditionalOnBean(SchemaBootstrapper.class)
public final class SchemaMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SchemaMetrics schemaMetrics(SchemaBootstrapper bootstrapper) {
		return new SchemaMetrics(bootstrapper);
	}

}
