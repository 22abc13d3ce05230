package dev.schemabootstrap.autoconfigure.liquibase;

import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import liquibase.integration.spring.SpringResourceAccessor;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

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

	/** The settings of a {@code SpringLiquibase}, Liquibase's defaults where it has none. */
	static LiquibaseSettings settings(SpringLiquibase liquibase) {
		LiquibaseSettings defaults = LiquibaseSettings.DEFAULTS;
		return new LiquibaseSettings(orDefault(liquibase.getDatabaseChangeLogTable(), defaults.changeLogTable()),
				orDefault(liquibase.getDatabaseChangeLogLockTable(), defaults.lockTable()),
				liquibase.getLiquibaseSchema(), liquibase.getDefaultSchema(), list(liquibase.getContexts()),
				list(liquibase.getLabelFilter()));
	}

	private static String orDefault(@Nullable String value, String fallback) {
		return value != null ? value : fallback;
	}

	/** A {@code SpringLiquibase} list setting: comma-separated, as Liquibase's own command line takes it. */
	private static List<String> list(@Nullable String commaSeparated) {
		if (!StringUtils.hasText(commaSeparated)) {
			return List.of();
		}
		return Arrays.stream(StringUtils.commaDelimitedListToStringArray(commaSeparated)).map(String::trim).toList();
	}

	private static List<String> orEmpty(@Nullable List<String> values) {
		return values == null ? List.of() : values;
	}

}
