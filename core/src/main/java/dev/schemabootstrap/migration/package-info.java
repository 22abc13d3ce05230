/**
 * The stages around a Liquibase migration of a live database, as plain classes: before it runs, whether it may
 * ({@link dev.schemabootstrap.migration.BeforeMigration}: a stale lock, a database to adopt, a changed generated
 * history) and how a kept database follows the entities
 * ({@link dev.schemabootstrap.migration.GeneratedChangelogEvolution}); after it ran, how far the database is
 * ({@link dev.schemabootstrap.migration.ChangelogStatus}), what it lacks for the model
 * ({@link dev.schemabootstrap.migration.ChangelogBehindModelCheck}) and its live schema
 * ({@link dev.schemabootstrap.migration.LiveDatabase}). Each works on a
 * {@link dev.schemabootstrap.migration.LiquibaseTarget}, the database and Liquibase settings a migration uses, and
 * returns {@link dev.schemabootstrap.finding.Findings}; the starter adapts them to Spring's Liquibase.
 */
@NullMarked
package dev.schemabootstrap.migration;

import org.jspecify.annotations.NullMarked;
