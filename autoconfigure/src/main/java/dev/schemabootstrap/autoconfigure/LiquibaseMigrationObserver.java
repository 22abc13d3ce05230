package dev.schemabootstrap.autoconfigure;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.io.ResourceLoader;

/**
 * Wraps Spring Boot's own Liquibase run: before it, the bootstrapper points it at the generated changelog and
 * looks at the database (adoption, stale lock); after it, the bootstrapper records how long it took and what was
 * applied, and warns when the database has changesets the changelog lacks. While it runs, {@link ChangesetProgress}
 * follows each changeset, so that a failure can say which of its statements had run. Spring Boot's
 * {@code SpringLiquibase} runs its update in {@code afterPropertiesSet}, between the two.
 */
final class LiquibaseMigrationObserver implements BeanPostProcessor {

	private final ObjectProvider<SchemaBootstrapper> bootstrapper;

	private final ObjectProvider<LiquibaseProperties> liquibaseProperties;

	private final ObjectProvider<ResourceLoader> resourceLoader;

	private final Map<String, Long> started = new ConcurrentHashMap<>();

	LiquibaseMigrationObserver(ObjectProvider<SchemaBootstrapper> bootstrapper,
			ObjectProvider<LiquibaseProperties> liquibaseProperties, ObjectProvider<ResourceLoader> resourceLoader) {
		this.bootstrapper = bootstrapper;
		this.liquibaseProperties = liquibaseProperties;
		this.resourceLoader = resourceLoader;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase liquibase) {
			LiquibaseProperties properties = liquibaseProperties.getIfAvailable();
			if (properties != null) {
				bootstrapper.ifAvailable((schemaBootstrapper) -> schemaBootstrapper.configure(liquibase, properties,
						resourceLoader.getObject()));
			}
			ChangesetProgress.install(liquibase);
			started.put(beanName, System.nanoTime());
		}
		return bean;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		Long start = started.remove(beanName);
		if (bean instanceof SpringLiquibase liquibase && start != null && liquibase.getDataSource() != null) {
			LiquibaseProperties properties = liquibaseProperties.getIfAvailable();
			if (properties != null && properties.isEnabled()) {
				Duration duration = Duration.ofNanos(System.nanoTime() - start);
				bootstrapper.ifAvailable((schemaBootstrapper) -> {
					schemaBootstrapper.migrated(duration, liquibase.getDataSource(), properties,
							resourceLoader.getObject());
				});
			}
		}
		return bean;
	}

}
