package dev.schemabootstrap.autoconfigure.liquibase;

import java.util.function.Consumer;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.Customizer;
import liquibase.integration.spring.SpringLiquibase;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.schemabootstrap.changelog.lint.MigrationSafety;
import dev.schemabootstrap.finding.Findings;

/**
 * The migration-safety lint at startup ({@link MigrationSafety}): on each Liquibase that a {@code SpringLiquibase}
 * creates, just before it updates, the changesets the database has not recorded yet are linted. The changelog is the
 * one Liquibase parsed for the update (parsed as the update will, {@link ParsedChangelogs#parse}, and reused by it), so
 * it costs no second parse; the history is read on a {@code Database} object of its own over the same connection
 * (Liquibase caches what it read per object, and a second connection could wait on a pool of one). Nothing is linted
 * on databases the lint does not know, and nothing is held back: a changelog that cannot be parsed here fails in
 * Liquibase's update, with Liquibase's own message.
 */
final class PendingChangeSetsLint {

	private static final Log logger = LogFactory.getLog(PendingChangeSetsLint.class);

	private PendingChangeSetsLint() {
	}

	/**
	 * @param report takes the findings (and stops startup when they reach {@code validation.fail-on}, before anything
	 * runs)
	 */
	static void install(SpringLiquibase liquibase, Consumer<Findings> report) {
		Customizer<Liquibase> existing = liquibase.getCustomizer();
		liquibase.setCustomizer((created) -> {
			report.accept(lint(created, liquibase));
			if (existing != null) {
				existing.customize(created);
			}
		});
	}

	static Findings lint(Liquibase created, SpringLiquibase settings) {
		Database migrated = created.getDatabase();
		if (MigrationSafety.kindOf(migrated) == null) {
			return Findings.NONE;
		}
		try {
			DatabaseChangeLog changelog = ParsedChangelogs.parse(created, settings);
			return MigrationSafety.pending(changelog, history(migrated, settings), new Contexts(settings.getContexts()),
					new LabelExpression(settings.getLabelFilter()), settings.getDefaultSchema());
		}
		catch (LiquibaseException | RuntimeException ex) {
			logger.debug("Schema Bootstrap could not lint the pending changesets of " + settings.getChangeLog(), ex);
			return Findings.NONE;
		}
	}

	/** A {@code Database} over the migration's connection, configured as Spring's Liquibase configures its own. */
	private static Database history(Database migrated, SpringLiquibase settings) throws LiquibaseException {
		return LiquibaseTargets.settings(settings)
			.applyTo(DatabaseFactory.getInstance().findCorrectDatabaseImplementation(migrated.getConnection()));
	}

}
