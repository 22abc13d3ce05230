package dev.schemabootstrap.autoconfigure.liquibase;

import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.io.ResourceLoader;

import dev.schemabootstrap.autoconfigure.SchemaBootstrapper;
import dev.schemabootstrap.migration.ChangelogStatus;

/**
 * The current {@link ChangelogStatus} of the application's database, or {@code null} when Schema Bootstrap
 * leaves the changelog alone ({@code changelog.mode=off}).
 */
public final class ChangelogStatusSupplier implements Supplier<@Nullable ChangelogStatus> {

	private final SchemaBootstrapper bootstrapper;

	private final DataSource dataSource;

	private final LiquibaseProperties properties;

	private final ResourceLoader resourceLoader;

	public ChangelogStatusSupplier(SchemaBootstrapper bootstrapper, DataSource dataSource,
			LiquibaseProperties properties, ResourceLoader resourceLoader) {
		this.bootstrapper = bootstrapper;
		this.dataSource = dataSource;
		this.properties = properties;
		this.resourceLoader = resourceLoader;
	}

	@Override
	public @Nullable ChangelogStatus get() {
		String changelog = bootstrapper.getChangelogLocation();
		if (changelog == null) {
			return null;
		}
		ApplicationLiquibase own = bootstrapper.migration().applicationLiquibase();
		return own != null ? own.status() : ChangelogStatus.read(LiquibaseTargets.of(dataSource, properties, resourceLoader), changelog);
	}

}
