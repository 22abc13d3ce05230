/**
 * Schema Bootstrap's Micrometer metrics.
 */
@NullMarked
package dev.schemabootstrap.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
