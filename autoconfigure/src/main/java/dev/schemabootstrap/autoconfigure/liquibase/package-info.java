/**
 * The Liquibase integration: around each {@code SpringLiquibase} (Spring Boot's, or one the application defines),
 * {@link dev.schemabootstrap.autoconfigure.liquibase.StartupMigration} runs the core's migration stages
 * ({@code dev.schemabootstrap.migration}) on the database and settings that bean uses, points it at the generated
 * changelog in {@code generate} mode, and reads and logs what it did.
 */
@NullMarked
package dev.schemabootstrap.autoconfigure.liquibase;

import org.jspecify.annotations.NullMarked;
