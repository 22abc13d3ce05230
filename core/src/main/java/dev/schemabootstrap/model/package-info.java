/**
 * The schema model: what tables, columns, keys, constraints, indexes and sequences an entity model needs.
 * Plain immutable records, independent of Hibernate and of any database connection.
 */
@NullMarked
package dev.schemabootstrap.model;

import org.jspecify.annotations.NullMarked;
