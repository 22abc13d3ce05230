package dev.schemabootstrap.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import liquibase.database.Database;
import liquibase.exception.LiquibaseException;

import dev.schemabootstrap.changelog.ChangedChangeSets;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.stage.ChangelogBehindModel;

/**
 * In {@code generate} mode, before Liquibase runs: a database that keeps its data and was built by the changelog
 * generated from earlier entities holds changesets that the current entities generate differently. Liquibase would
 * stop on their checksums halfway through startup; this finds them first, read-only. The database is then evolved
 * by changesets of their own ({@link GeneratedChangelogEvolution}), or, where its catalog is not read, startup stops
 * (or, with {@code validation.fail-on=never}, goes on without Liquibase) with the {@code changelog-behind-model}
 * finding made here, which says how to take ownership of the changelog. New tables alone change no applied
 * changeset, so they still apply as before.
 */
public final class GeneratedChangelogHistory {

	private final LiquibaseTarget target;

	public GeneratedChangelogHistory(LiquibaseTarget target) {
		this.target = target;
	}

	/** @param generated the location of the changelog just generated */
	public Findings check(String generated) {
		try (Connection connection = target.dataSource().getConnection()) {
			Database database = target.open(connection);
			List<String> changed = ChangedChangeSets.find(target.liquibase(generated, database));
			return changed.isEmpty() ? Findings.NONE
					: Findings.of(ChangelogBehindModel.regenerated(changed, ChangelogWriter.GENERATED_LOGICAL_PATH));
		}
		catch (SQLException | LiquibaseException ex) {
			throw new IllegalStateException("Schema Bootstrap could not read the Liquibase history before Liquibase: "
					+ ex.getMessage(), ex);
		}
	}

}
