package dev.schemabootstrap.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringResourceAccessor;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.io.ResourceLoader;

import dev.schemabootstrap.migration.LiquibaseSettings;
import dev.schemabootstrap.migration.LiquibaseTarget;

/**
 * Spring Boot's Liquibase settings as the core's migration stages take them: the same history and lock tables,
 * schemas, contexts and labels, and the changelog read through the application's resource loader, as
 * {@code SpringLiquibase} reads it.
 */
final class LiquibaseTargets {

	private LiquibaseTargets() {
	}

	static LiquibaseTarget of(DataSource dataSource, LiquibaseProperties properties, ResourceLoader resourceLoader) {
		return new LiquibaseTarget(dataSource, settings(properties), new SpringResourceAccessor(resourceLoader));
	}

	static LiquibaseSettings settings(LiquibaseProperties properties) {
		return new LiquibaseSettings(properties.getDatabaseChangeLogTable(), properties.getDatabaseChangeLogLockTable(),
				properties.getLiquibaseSchema(), properties.getDefaultSchema(), orEmpty(properties.getContexts()),
				orEmpty(properties.getLabelFilter()));
	}

	private static List<String> orEmpty(@Nullable List<String> values) {
		return values == null ? List.of() : values;
	}

}
