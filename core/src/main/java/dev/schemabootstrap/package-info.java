/**
 * Schema Bootstrap's core: the pipeline from entity classes to an ordered Liquibase changelog, with no Spring
 * dependency. Start with {@link dev.schemabootstrap.SchemaAnalyzer}.
 */
@NullMarked
package dev.schemabootstrap;

import org.jspecify.annotations.NullMarked;
