/**
 * Reporting: the report of a persistence unit (as data, for JSON) and its renderings for people (Mermaid text, an
 * HTML page with a foreign-key diagram).
 */
@NullMarked
package dev.schemabootstrap.report;

import org.jspecify.annotations.NullMarked;
