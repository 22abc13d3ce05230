package dev.schemabootstrap.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringResourceAccessor;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.io.ResourceLoader;

/**
 * How far a database is through a changelog, as Liquibase itself sees it.
 *
 * @param applied changesets recorded in the database's changelog table
 * @param pending changesets of the changelog that are not applied
 */
public record ChangelogStatus(int applied, int pending) {

	/** Asks Liquibase, read-only: no lock is taken and nothing is applied. */
	static ChangelogStatus read(DataSource dataSource, String changelog, LiquibaseProperties properties,
			ResourceLoader resourceLoader) {
		try (Connection connection = dataSource.getConnection()) {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			database.setDatabaseChangeLogTableName(properties.getDatabaseChangeLogTable());
			database.setDatabaseChangeLogLockTableName(properties.getDatabaseChangeLogLockTable());
			if (properties.getLiquibaseSchema() != null) {
				database.setLiquibaseSchemaName(properties.getLiquibaseSchema());
			}
			Liquibase liquibase = new Liquibase(changelog, new SpringResourceAccessor(resourceLoader), database);
			List<ChangeSet> pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
			List<RanChangeSet> applied = database.getRanChangeSetList();
			return new ChangelogStatus(applied.size(), pending.size());
		}
		catch (SQLException | LiquibaseException ex) {
			throw new IllegalStateException("Could not read the Liquibase status of " + changelog, ex);
		}
	}

}
