/**
 * Database inspection: reads the live schema of a JDBC connection into the same records as the model
 * ({@link dev.schemabootstrap.model.SchemaModel}), with a few grouped catalog queries per database.
 */
@NullMarked
package dev.schemabootstrap.database;

import org.jspecify.annotations.NullMarked;
