/**
 * The {@code schema} Actuator endpoint.
 */
@NullMarked
package dev.schemabootstrap.autoconfigure.endpoint;

import org.jspecify.annotations.NullMarked;
