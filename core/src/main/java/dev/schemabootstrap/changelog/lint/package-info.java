/**
 * The migration-safety lint: changesets that have not run yet, generated or written by hand, read with Liquibase's own
 * parser and looked at change by change for what locks or rewrites a table that already holds rows on PostgreSQL,
 * MariaDB or MySQL. One {@link dev.schemabootstrap.changelog.lint.MigrationRule} per finding id, all run by
 * {@link dev.schemabootstrap.changelog.lint.MigrationSafety}, which the starter and the Maven plugin share.
 */
@NullMarked
package dev.schemabootstrap.changelog.lint;

import org.jspecify.annotations.NullMarked;
