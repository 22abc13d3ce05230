/**
 * The {@code schema} health component.
 */
@NullMarked
package dev.schemabootstrap.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
