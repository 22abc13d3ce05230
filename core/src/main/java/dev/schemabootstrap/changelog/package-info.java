/**
 * Changelog writing: a creation plan as a Liquibase changelog, built from Liquibase's own change classes and
 * serializers.
 */
@NullMarked
package dev.schemabootstrap.changelog;

import org.jspecify.annotations.NullMarked;
