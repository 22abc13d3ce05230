package dev.schemabootstrap.autoconfigure.liquibase;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import liquibase.Scope;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.FastCheckService;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.io.ResourceLoader;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;

/**
 * Wraps Spring Boot's own Liquibase run: before it, the bootstrapper points it at the generated changelog and
 * looks at the database (adoption, stale lock); after it, the bootstrapper records how long it took and what was
 * applied, and warns when the database has changesets the changelog lacks. Just before it updates, the changesets it
 * is about to apply for the first time are linted ({@link PendingChangeSetsLint}). While it runs, {@link ChangeSetProgress}
 * follows each changeset, so that a failure can say which of its statements had run. Spring Boot's
 * {@code SpringLiquibase} runs its update in {@code afterPropertiesSet}, between the two. A {@code SpringLiquibase}
 * the application defines itself ({@link ApplicationLiquibase}) is looked at with its own settings and data source,
 * and keeps its changelog.
 */
public final class LiquibaseMigrationObserver implements BeanPostProcessor {

	private final ObjectProvider<SchemaBootstrapper> bootstrapper;

	private final ObjectProvider<LiquibaseProperties> liquibaseProperties;

	private final ObjectProvider<ResourceLoader> resourceLoader;

	private final ObjectProvider<ApplicationLiquibase.Beans> applicationBeans;

	private final Map<String, Long> started = new ConcurrentHashMap<>();

	private final ParsedChangelogs parsed = new ParsedChangelogs();

	public LiquibaseMigrationObserver(ObjectProvider<SchemaBootstrapper> bootstrapper,
			ObjectProvider<LiquibaseProperties> liquibaseProperties, ObjectProvider<ResourceLoader> resourceLoader,
			ObjectProvider<ApplicationLiquibase.Beans> applicationBeans) {
		this.bootstrapper = bootstrapper;
		this.liquibaseProperties = liquibaseProperties;
		this.resourceLoader = resourceLoader;
		this.applicationBeans = applicationBeans;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase liquibase) {
			ApplicationLiquibase.Beans own = applicationBeans.getIfAvailable();
			if (own != null && own.contains(beanName)) {
				// Its setters have run: the changelog, contexts and data source it will use are known now.
				bootstrapper.ifAvailable((schemaBootstrapper) -> schemaBootstrapper
					.migration()
					.configureApplicationLiquibase(beanName, liquibase, resourceLoader.getObject()));
			}
			else {
				LiquibaseProperties properties = liquibaseProperties.getIfAvailable();
				if (properties != null) {
					bootstrapper.ifAvailable((schemaBootstrapper) -> schemaBootstrapper.migration().configure(liquibase,
							properties, resourceLoader.getObject()));
				}
			}
			ChangeSetProgress.install(liquibase);
			bootstrapper.ifAvailable((schemaBootstrapper) -> PendingChangeSetsLint.install(liquibase,
					schemaBootstrapper::addFindings));
			// Installed last, so it runs first: the lint and the update then use its parse.
			parsed.install(beanName, liquibase);
			// Liquibase keeps JVM-wide that a database was up to date with a changelog, and then skips the update
			// without looking: after a restart in the same JVM (DevTools, another test context) the changesets added
			// to the changelog since would not run. Every start compares the database with the changelog afresh.
			Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
			started.put(beanName, System.nanoTime());
		}
		return bean;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		Long start = started.remove(beanName);
		if (bean instanceof SpringLiquibase liquibase && start != null && liquibase.getDataSource() != null) {
			ApplicationLiquibase.Beans own = applicationBeans.getIfAvailable();
			if (own != null && own.contains(beanName)) {
				Duration duration = Duration.ofNanos(System.nanoTime() - start);
				bootstrapper.ifAvailable((schemaBootstrapper) -> schemaBootstrapper.migration()
					.applicationLiquibaseInitialized(duration));
				return bean;
			}
			LiquibaseProperties properties = liquibaseProperties.getIfAvailable();
			if (properties != null && properties.isEnabled()) {
				Duration duration = Duration.ofNanos(System.nanoTime() - start);
				DatabaseChangeLog changelog = parsed.take(beanName, liquibase.getChangeLog());
				bootstrapper.ifAvailable((schemaBootstrapper) -> {
					schemaBootstrapper.migration()
						.migrated(duration, LiquibaseTargets.of(liquibase.getDataSource(), properties,
								resourceLoader.getObject()), changelog);
				});
			}
		}
		return bean;
	}

}
