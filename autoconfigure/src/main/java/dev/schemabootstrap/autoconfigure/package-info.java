/**
 * Spring Boot auto-configuration for Schema Bootstrap.
 */
@NullMarked
package dev.schemabootstrap.autoconfigure;

import org.jspecify.annotations.NullMarked;
