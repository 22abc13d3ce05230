package dev.schemabootstrap.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import liquibase.integration.spring.SpringLiquibase;

import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.spi.SessionImplementor;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.persistenceunit.ManagedClassNameFilter;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypesScanner;

import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.autoconfigure.SchemaBootstrapProperties.ChangelogMode;
import dev.schemabootstrap.autoconfigure.liquibase.ApplicationLiquibase;
import dev.schemabootstrap.autoconfigure.liquibase.LiquibaseMigrationObserver;
import dev.schemabootstrap.check.database.SqliteForeignKeysDisabledCheck;

/**
 * Auto-configuration for Schema Bootstrap: one persistence unit for every entity of the application, checked at
 * startup, its schema created by Spring Boot's Liquibase from a changelog generated in dependency order, and no
 * DDL from Hibernate.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
		before = { HibernateJpaAutoConfiguration.class, LiquibaseAutoConfiguration.class })
@ConditionalOnClass({ LocalContainerEntityManagerFactoryBean.class, EntityManager.class, SessionImplementor.class,
		SpringLiquibase.class, SchemaAnalyzer.class, HibernateJpaAutoConfiguration.class })
@Conditional(OnSchemaBootstrapEnabledCondition.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties({ SchemaBootstrapProperties.class, JpaProperties.class, HibernateProperties.class,
		LiquibaseProperties.class })
@Import(SqliteForeignKeysConfiguration.class)
public final class SchemaBootstrapAutoConfiguration {

	/** Hibernate settings that make it write DDL; Schema Bootstrap leaves all DDL to Liquibase. */
	private static final Set<String> DDL_SETTINGS = Set.of("hibernate.hbm2ddl.auto",
			"jakarta.persistence.schema-generation.database.action",
			"javax.persistence.schema-generation.database.action");

	private static final String DEFAULT_ORM_XML = "META-INF/orm.xml";

	/** Hibernate's settings for creating its bulk-mutation helper tables ({@code HTE_*}) at startup. */
	private static final List<String> CREATE_HELPER_TABLES = List.of(
			"hibernate.query.mutation_strategy.global_temporary.create_tables",
			"hibernate.query.mutation_strategy.persistent.create_tables");

	/**
	 * The one persistence unit: the packages Spring Boot would scan (auto-configuration packages, or
	 * {@code @EntityScan}) plus {@code schema-bootstrap.packages}. Spring Boot's EntityManagerFactory picks up
	 * this bean instead of scanning on its own, so the model and the running application see the same classes.
	 */
	@Bean
	@ConditionalOnMissingBean
	static PersistenceManagedTypes persistenceManagedTypes(BeanFactory beanFactory, ResourceLoader resourceLoader,
			ObjectProvider<ManagedClassNameFilter> managedClassNameFilter, Environment environment) {
		return new PersistenceManagedTypesScanner(resourceLoader, managedClassNameFilter.getIfAvailable())
			.scan(UnitPackages.scanned(beanFactory, environment).toArray(String[]::new));
	}

	@Bean
	@ConditionalOnMissingBean
	SchemaBootstrapper schemaBootstrapper(SchemaBootstrapProperties properties, PersistenceManagedTypes managedTypes,
			JpaProperties jpaProperties, HibernateProperties hibernateProperties,
			ObjectProvider<PhysicalNamingStrategy> physicalNamingStrategy,
			ObjectProvider<ImplicitNamingStrategy> implicitNamingStrategy,
			ObjectProvider<HibernatePropertiesCustomizer> customizers, LiquibaseProperties liquibaseProperties,
			ObjectProvider<ApplicationLiquibase.Beans> applicationLiquibase, DataSource dataSource,
			ApplicationContext context) {
		HibernateSettingsResolver hibernate = new HibernateSettingsResolver(jpaProperties, hibernateProperties,
				physicalNamingStrategy.getIfAvailable(), implicitNamingStrategy.getIfAvailable(),
				customizers.orderedStream().toList());
		Map<String, String> settings = ApplicationSettings.read(context.getEnvironment(), context, context, dataSource);
		// The application's own Liquibase bean brings its changelog; it is known once that bean is configured.
		boolean ownLiquibase = applicationLiquibase.getIfAvailable() != null;
		String applicationChangelog = ownLiquibase ? null : liquibaseProperties.getChangeLog();
		boolean ownChangelog = ownLiquibase || context.getResource(applicationChangelog).exists();
		ChangelogMode mode = properties.getChangelog().getMode();
		if (mode == null) {
			mode = ownChangelog ? ChangelogMode.VERIFY : ChangelogMode.GENERATE;
		}
		ClassLoader classLoader = context.getClassLoader() != null ? context.getClassLoader()
				: SchemaBootstrapAutoConfiguration.class.getClassLoader();
		List<String> applicationPackages = UnitPackages.application(context, context.getEnvironment());
		SchemaBootstrapper bootstrapper = new SchemaBootstrapper(properties, mode, applicationChangelog,
				UnitAnalysis.of(managedTypes, mappingResources(jpaProperties, context), hibernate, settings,
						applicationPackages, dataSource, classLoader),
				dataSource, List.of(new SqliteForeignKeysDisabledCheck()));
		bootstrapper.migration().applicationChangelogExists(ownChangelog);
		return bootstrapper;
	}

	/**
	 * The {@code SpringLiquibase} beans the application defines itself. This auto-configuration runs before Spring
	 * Boot's Liquibase auto-configuration, which backs off when there is one, so the beans seen here are the
	 * application's: their changelog is the application's changelog ({@code verify} mode by default).
	 */
	@Bean
	@ConditionalOnBean(SpringLiquibase.class)
	ApplicationLiquibase.Beans schemaBootstrapApplicationLiquibase(ListableBeanFactory beanFactory) {
		return new ApplicationLiquibase.Beans(
				Set.of(beanFactory.getBeanNamesForType(SpringLiquibase.class, true, false)));
	}

	/**
	 * The XML mapping files the EntityManagerFactory reads: {@code spring.jpa.mapping-resources}, else
	 * {@code META-INF/orm.xml} when it exists, as Spring's persistence unit manager does.
	 */
	private static List<String> mappingResources(JpaProperties jpaProperties, ResourceLoader resourceLoader) {
		if (!jpaProperties.getMappingResources().isEmpty()) {
			return jpaProperties.getMappingResources();
		}
		return resourceLoader.getResource("classpath:" + DEFAULT_ORM_XML).exists() ? List.of(DEFAULT_ORM_XML)
				: List.of();
	}

	/**
	 * Keeps Hibernate from writing DDL, whatever the settings say; the conflict itself is a finding. That includes
	 * the helper tables ({@code HTE_*}, global temporary or, on SQLite, persistent) Hibernate would create at
	 * startup for bulk mutations, unless the application asks for them explicitly.
	 */
	@Bean
	HibernatePropertiesCustomizer schemaBootstrapNoHibernateDdl() {
		return (hibernateProperties) -> {
			for (String setting : new ArrayList<>(hibernateProperties.keySet())) {
				if (DDL_SETTINGS.contains(setting) && !isHarmless(hibernateProperties.get(setting))) {
					hibernateProperties.put(setting, "none");
				}
			}
			CREATE_HELPER_TABLES.forEach((setting) -> hibernateProperties.putIfAbsent(setting, "false"));
		};
	}

	private static boolean isHarmless(Object value) {
		String text = String.valueOf(value).trim();
		return text.equalsIgnoreCase("none") || text.equalsIgnoreCase("validate");
	}

	@Bean
	PersistenceUnitsCheck schemaBootstrapPersistenceUnitsCheck(ApplicationContext context,
			SchemaBootstrapper bootstrapper) {
		ClassLoader classLoader = context.getClassLoader() != null ? context.getClassLoader()
				: SchemaBootstrapAutoConfiguration.class.getClassLoader();
		return new PersistenceUnitsCheck(context, bootstrapper, classLoader);
	}

	@Bean
	static EntityManagerFactoryDependsOnPostProcessor schemaBootstrapperBeforeEntityManagerFactory() {
		return new EntityManagerFactoryDependsOnPostProcessor(SchemaBootstrapper.class);
	}

	/**
	 * In {@code verify} and {@code off} mode, takes the model from the metadata the EntityManagerFactory builds, and
	 * turns a failed boot of it into findings.
	 */
	@Bean
	static BeanPostProcessor schemaBootstrapEntityManagerFactoryObserver(
			ObjectProvider<SchemaBootstrapper> bootstrapper) {
		return new EntityManagerFactoryObserver(bootstrapper);
	}

	/**
	 * Names both persistence units, and the packages of their entities, when Hibernate refuses an association from
	 * one to the other.
	 */
	@Bean
	static BeanPostProcessor schemaBootstrapPersistenceUnitBoots() {
		return new PersistenceUnitBoots();
	}

	/**
	 * Points Spring Boot's Liquibase at the generated changelog before it runs (the application's own Liquibase bean
	 * keeps its changelog), and logs one line, with how long it took, once it has.
	 */
	@Bean
	static BeanPostProcessor schemaBootstrapLiquibasePostProcessor(ObjectProvider<SchemaBootstrapper> bootstrapper,
			ObjectProvider<LiquibaseProperties> liquibaseProperties, ObjectProvider<ResourceLoader> resourceLoader,
			ObjectProvider<ApplicationLiquibase.Beans> applicationLiquibase) {
		return new LiquibaseMigrationObserver(bootstrapper, liquibaseProperties, resourceLoader,
				applicationLiquibase);
	}

}
