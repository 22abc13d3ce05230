package dev.schemabootstrap.autoconfigure;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import liquibase.integration.spring.SpringResourceAccessor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

import dev.schemabootstrap.migration.ChangelogStatus;
import dev.schemabootstrap.migration.LiquibaseSettings;
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
record ApplicationLiquibase(String beanName, String changelog, LiquibaseTarget target) {

	static ApplicationLiquibase of(String beanName, SpringLiquibase liquibase, DataSource fallback,
			ResourceLoader fallbackResourceLoader) {
		LiquibaseSettings defaults = LiquibaseSettings.DEFAULTS;
		LiquibaseSettings settings = new LiquibaseSettings(
				orDefault(liquibase.getDatabaseChangeLogTable(), defaults.changeLogTable()),
				orDefault(liquibase.getDatabaseChangeLogLockTable(), defaults.lockTable()),
				liquibase.getLiquibaseSchema(), liquibase.getDefaultSchema(), list(liquibase.getContexts()),
				list(liquibase.getLabelFilter()));
		DataSource dataSource = liquibase.getDataSource() != null ? liquibase.getDataSource() : fallback;
		ResourceLoader resourceLoader = liquibase.getResourceLoader() != null ? liquibase.getResourceLoader()
				: fallbackResourceLoader;
		return new ApplicationLiquibase(beanName, liquibase.getChangeLog(),
				new LiquibaseTarget(dataSource, settings, new SpringResourceAccessor(resourceLoader)));
	}

	/** How far the database is through the bean's changelog, with its contexts and labels. */
	ChangelogStatus status() {
		return ChangelogStatus.read(target, changelog);
	}

	private static String orDefault(@Nullable String value, String fallback) {
		return value != null ? value : fallback;
	}

	private static List<String> list(@Nullable String commaSeparated) {
		if (!StringUtils.hasText(commaSeparated)) {
			return List.of();
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
