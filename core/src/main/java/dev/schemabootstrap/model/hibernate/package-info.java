/**
 * Builds the schema model from Hibernate's boot metadata.
 */
@NullMarked
package dev.schemabootstrap.model.hibernate;

import org.jspecify.annotations.NullMarked;
