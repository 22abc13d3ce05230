/**
 * Reporting: renderings of the model for people (diagrams).
 */
@NullMarked
package dev.schemabootstrap.report;

import org.jspecify.annotations.NullMarked;
