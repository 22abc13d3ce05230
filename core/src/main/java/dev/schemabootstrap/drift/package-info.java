/**
 * Drift: the differences between the schema the model expects and the live schema of a database, each a
 * {@code schema-drift} finding.
 */
@NullMarked
package dev.schemabootstrap.drift;

import org.jspecify.annotations.NullMarked;
