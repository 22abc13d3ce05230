package dev.schemabootstrap.autoconfigure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseConnectionDetails;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Leaves out Spring Boot's {@code liquibase} bean when it has no data source to migrate: several {@code DataSource}
 * beans, none {@code @Primary}, none marked {@code @LiquibaseDataSource}, no {@code spring.liquibase.url} and no
 * {@code LiquibaseConnectionDetails} of the application's own. That bean would fail with "Liquibase migration
 * DataSource missing"; without it the application starts as it did before the starter brought Liquibase. Schema
 * Bootstrap itself is off there ({@code @ConditionalOnSingleCandidate(DataSource.class)}), which is logged once.
 * Runs before the post-processors that make beans depend on database initializers, so none waits for the bean.
 */
final class LiquibaseWithoutDataSource implements BeanDefinitionRegistryPostProcessor, Ordered {

	private static final Log logger = LogFactory.getLog(LiquibaseWithoutDataSource.class);

	static final String BOOT_LIQUIBASE = "liquibase";

	private static final String BOOT_LIQUIBASE_CONFIGURATION = "org.springframework.boot.liquibase.autoconfigure."
			+ "LiquibaseAutoConfiguration$LiquibaseConfiguration";

	private final Environment environment;

	LiquibaseWithoutDataSource(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
		if (!(registry instanceof ConfigurableListableBeanFactory beanFactory) || !isBootsLiquibase(beanFactory)
				|| environment.containsProperty("spring.liquibase.url") || hasOwnConnectionDetails(beanFactory)) {
			return;
		}
		List<String> candidates = new ArrayList<>();
		for (String name : beanFactory.getBeanNamesForType(DataSource.class, true, false)) {
			if (beanFactory.findAnnotationOnBean(name, LiquibaseDataSource.class, false) != null) {
				return;
			}
			BeanDefinition definition = beanFactory.containsBeanDefinition(name)
					? beanFactory.getBeanDefinition(name) : null;
			if (definition == null || definition.isPrimary()) {
				return;
			}
			if (definition.isAutowireCandidate() && !(definition instanceof AbstractBeanDefinition abstractDefinition
					&& !abstractDefinition.isDefaultCandidate())) {
				candidates.add(name);
			}
		}
		if (candidates.size() < 2) {
			return;
		}
		registry.removeBeanDefinition(BOOT_LIQUIBASE);
		logger.info("Schema Bootstrap is off: the application has " + candidates.size() + " DataSource beans "
				+ candidates + " and none is @Primary, so there is no one schema to manage; Spring Boot's Liquibase, "
				+ "which the starter brings, is left out with it. To have one managed, mark its DataSource @Primary "
				+ "(or give Liquibase one with @LiquibaseDataSource or spring.liquibase.url and a changelog)");
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	private static boolean isBootsLiquibase(ConfigurableListableBeanFactory beanFactory) {
		return beanFactory.containsBeanDefinition(BOOT_LIQUIBASE)
				&& BOOT_LIQUIBASE_CONFIGURATION.equals(beanFactory.getBeanDefinition(BOOT_LIQUIBASE).getFactoryBeanName());
	}

	/** A {@code LiquibaseConnectionDetails} bean besides Spring Boot's own, which reads {@code spring.liquibase.*}. */
	private static boolean hasOwnConnectionDetails(ConfigurableListableBeanFactory beanFactory) {
		return Arrays.stream(beanFactory.getBeanNamesForType(LiquibaseConnectionDetails.class, true, false))
			.anyMatch((name) -> !BOOT_LIQUIBASE_CONFIGURATION.equals(
					beanFactory.containsBeanDefinition(name) ? beanFactory.getBeanDefinition(name).getFactoryBeanName()
							: null));
	}

}
