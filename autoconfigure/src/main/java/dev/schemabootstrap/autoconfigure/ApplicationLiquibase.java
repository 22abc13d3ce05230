package dev.schemabootstrap.autoconfigure;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * A {@code SpringLiquibase} the application defines itself (JHipster's {@code AsyncSpringLiquibase}, a bean with a
 * changelog, contexts or a data source of its own). Spring Boot's Liquibase auto-configuration backs off when one
 * exists, and so does Schema Bootstrap's changelog: that bean's changelog is the application's, verified and never
 * replaced or joined by a generated one. Its settings, not {@code spring.liquibase.*}, say which changesets apply
 * and where Liquibase keeps its tables.
 *
 * @param beanName the bean's name
 * @param dataSource the database the bean migrates
 * @param settings the bean's changelog, contexts, labels, schemas and table names, in Spring Boot's shape
 * @param resourceLoader where its changelog is read from
 */
record ApplicationLiquibase(String beanName, DataSource dataSource, LiquibaseProperties settings,
		ResourceLoader resourceLoader) {

	static ApplicationLiquibase of(String beanName, SpringLiquibase liquibase, @Nullable DataSource fallback,
			ResourceLoader fallbackResourceLoader) {
		LiquibaseProperties settings = new LiquibaseProperties();
		settings.setChangeLog(liquibase.getChangeLog());
		settings.setContexts(list(liquibase.getContexts()));
		settings.setLabelFilter(list(liquibase.getLabelFilter()));
		settings.setDefaultSchema(liquibase.getDefaultSchema());
		settings.setLiquibaseSchema(liquibase.getLiquibaseSchema());
		settings.setLiquibaseTablespace(liquibase.getLiquibaseTablespace());
		if (liquibase.getDatabaseChangeLogTable() != null) {
			settings.setDatabaseChangeLogTable(liquibase.getDatabaseChangeLogTable());
		}
		if (liquibase.getDatabaseChangeLogLockTable() != null) {
			settings.setDatabaseChangeLogLockTable(liquibase.getDatabaseChangeLogLockTable());
		}
		DataSource dataSource = liquibase.getDataSource() != null ? liquibase.getDataSource() : fallback;
		ResourceLoader resourceLoader = liquibase.getResourceLoader() != null ? liquibase.getResourceLoader()
				: fallbackResourceLoader;
		return new ApplicationLiquibase(beanName, dataSource, settings, resourceLoader);
	}

	String changelog() {
		return settings.getChangeLog();
	}

	/** How far the database is through the bean's changelog, with its contexts and labels. */
	ChangelogStatus status() {
		return ChangelogStatus.read(dataSource, changelog(), settings, resourceLoader);
	}

	private static @Nullable List<String> list(@Nullable String commaSeparated) {
		if (!StringUtils.hasText(commaSeparated)) {
			return null;
		}
		return Arrays.stream(StringUtils.commaDelimitedListToStringArray(commaSeparated)).map(String::trim).toList();
	}

	/**
	 * The names of the application's own {@code SpringLiquibase} beans. Registered only when one is defined before
	 * Spring Boot's Liquibase auto-configuration (which would back off), that is by the application itself.
	 */
	record Beans(Set<String> names) {

		boolean contains(String beanName) {
			return names.contains(beanName);
		}

	}

}
