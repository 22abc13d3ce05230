package dev.schemabootstrap.changelog.lint;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.core.MariaDBDatabase;
import liquibase.database.core.MySQLDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.changelog.PendingChangeSets;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.plan.EvolutionPlan;

/**
 * The migration-safety lint, one rule per finding id, shared by the starter and the Maven plugin so that both say
 * the same of the same changeset. It looks only at changesets that have not run yet: at startup, those of the
 * application's changelog the database has not recorded ({@link #pending}); for what Schema Bootstrap generates (the
 * changesets an application's changelog lacks, written for review), every changeset of the file ({@link #generated}).
 * A changeset applied once is therefore never reported again. Only PostgreSQL, MariaDB and MySQL are linted: the
 * rules are about locks and rewrites on tables that hold rows in production.
 */
public final class MigrationSafety {

	private static final List<MigrationRule> RULES = List.of(new UnsafeIndexCreationRule(),
			new TableRewritingTypeChangeRule(), new UnsafeNotNullRule());

	private MigrationSafety() {
	}

	/** The ids of the rules, in the order they run. */
	public static List<String> ids() {
		return RULES.stream().map(MigrationRule::id).toList();
	}

	/** Whether changesets for a database of that kind are linted. */
	public static boolean lints(DatabaseKind database) {
		return database == DatabaseKind.POSTGRESQL || database.isSchemaCatalog();
	}

	/**
	 * Lints changesets that have not run yet, in the order they will run.
	 *
	 * @param types the column types before they run
	 */
	public static Findings check(List<ChangeSet> changeSets, DatabaseKind database, ColumnTypes types) {
		if (!lints(database) || changeSets.isEmpty()) {
			return Findings.NONE;
		}
		MigrationContext context = new MigrationContext(database, types);
		List<Finding> findings = new ArrayList<>();
		for (ChangeSet changeSet : changeSets) {
			for (Change change : changeSet.getChanges()) {
				for (MigrationRule rule : RULES) {
					findings.addAll(rule.check(change, changeSet, context));
				}
				context.applied(change);
			}
		}
		return Findings.of(findings);
	}

	/**
	 * Lints the changesets written for an evolution plan (all of them: none has run), against the column types the
	 * plan changes from.
	 */
	public static Findings generated(List<ChangeSet> changeSets, DatabaseKind database, EvolutionPlan plan) {
		return check(changeSets, database, ColumnTypes.of(plan));
	}

	/**
	 * Lints the changesets of a changelog that a database has not recorded yet, before Liquibase runs them; none on a
	 * database Liquibase never ran on, where every table the changelog touches is one it creates. Column types are
	 * read from the database when a type change asks.
	 *
	 * @param changelog the parsed changelog
	 * @param history the database, on a {@code Database} object of its own (Liquibase caches the history it read per
	 * object); its connection is used for reading only and left open
	 * @param defaultSchema the schema of a change that names none; {@code null} for the connection's own
	 */
	public static Findings pending(DatabaseChangeLog changelog, Database history, Contexts contexts,
			LabelExpression labels, @Nullable String defaultSchema) throws LiquibaseException {
		DatabaseKind database = kindOf(history);
		if (database == null) {
			return Findings.NONE;
		}
		List<ChangeSet> pending = PendingChangeSets.of(changelog, history, contexts, labels);
		if (pending.isEmpty()) {
			return Findings.NONE;
		}
		Connection connection = ((JdbcConnection) history.getConnection()).getUnderlyingConnection();
		return check(pending, database, new LiveColumnTypes(connection, database, defaultSchema));
	}

	/** The kind of a Liquibase database, when it is one the lint looks at; else {@code null}. */
	public static @Nullable DatabaseKind kindOf(Database database) {
		if (database instanceof PostgresDatabase) {
			return DatabaseKind.POSTGRESQL;
		}
		if (database instanceof MariaDBDatabase) {
			return DatabaseKind.MARIADB;
		}
		return database instanceof MySQLDatabase ? DatabaseKind.MYSQL : null;
	}

}
