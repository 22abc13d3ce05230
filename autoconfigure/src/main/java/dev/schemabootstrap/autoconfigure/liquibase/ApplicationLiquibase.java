package dev.schemabootstrap.autoconfigure.liquibase;

import java.util.Set;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import liquibase.integration.spring.SpringResourceAccessor;

import org.springframework.core.io.ResourceLoader;

import dev.schemabootstrap.migration.ChangelogStatus;
import dev.schemabootstrap.migration.LiquibaseTarget;

/**
 * A {@code SpringLiquibase} the application defines itself (JHipster's {@code AsyncSpringLiquibase}, a bean with a
 * changelog, contexts or a data source of its own). Spring Boot's Liquibase auto-configuration backs off when one
 * exists, and so does Schema Bootstrap's changelog: that bean's changelog is the application's, verified and never
 * replaced or joined by a generated one. Its settings, not {@code spring.liquibase.*}, say which changesets apply
 * and where Liquibase keeps its tables.
 *
 * @param beanName the bean's name
 * @param changelog the bean's changelog
 * @param target the database the bean migrates, with its contexts, labels, schemas and table names, and where its
 * changelog is read from
 */
public record ApplicationLiquibase(String beanName, String changelog, LiquibaseTarget target) {

	static ApplicationLiquibase of(String beanName, SpringLiquibase liquibase, DataSource fallback,
			ResourceLoader fallbackResourceLoader) {
		DataSource dataSource = liquibase.getDataSource() != null ? liquibase.getDataSource() : fallback;
		ResourceLoader resourceLoader = liquibase.getResourceLoader() != null ? liquibase.getResourceLoader()
				: fallbackResourceLoader;
		return new ApplicationLiquibase(beanName, liquibase.getChangeLog(),
				new LiquibaseTarget(dataSource, LiquibaseTargets.settings(liquibase),
						new SpringResourceAccessor(resourceLoader)));
	}

	/** How far the database is through the bean's changelog, with its contexts and labels. */
	ChangelogStatus status() {
		return ChangelogStatus.read(target, changelog);
	}

	/**
	 * The names of the application's own {@code SpringLiquibase} beans. Registered only when one is defined before
	 * Spring Boot's Liquibase auto-configuration (which would back off), that is by the application itself.
	 */
	public record Beans(Set<String> names) {

		boolean contains(String beanName) {
			return names.contains(beanName);
		}

	}

}
