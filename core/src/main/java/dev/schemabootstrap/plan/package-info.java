/**
 * Planning: the order in which schemas, sequences, tables, foreign keys and indexes are created.
 */
@NullMarked
package dev.schemabootstrap.plan;

import org.jspecify.annotations.NullMarked;
