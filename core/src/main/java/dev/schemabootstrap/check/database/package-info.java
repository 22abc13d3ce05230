/**
 * Checks that look at a live database: one class per database finding id.
 */
@NullMarked
package dev.schemabootstrap.check.database;

import org.jspecify.annotations.NullMarked;
