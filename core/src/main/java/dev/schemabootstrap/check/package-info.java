/**
 * Checks: one class per finding id, each looking at the model, the plan and the settings.
 */
@NullMarked
package dev.schemabootstrap.check;

import org.jspecify.annotations.NullMarked;
