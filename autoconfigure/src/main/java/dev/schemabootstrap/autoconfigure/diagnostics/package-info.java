/**
 * Failure analysis: one {@code FailureAnalyzer} per failure a user can cause at startup (findings that stop it, a
 * bad property, a changelog Liquibase refuses, a changeset that fails, a database that cannot be reached or used, a
 * held lock, a mapping Hibernate refuses), each describing what happened and the action that fixes it. Registered
 * in {@code META-INF/spring.factories}.
 */
@NullMarked
package dev.schemabootstrap.autoconfigure.diagnostics;

import org.jspecify.annotations.NullMarked;
