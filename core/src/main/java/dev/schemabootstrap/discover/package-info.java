/**
 * Discovery: which classes make up the persistence unit.
 */
@NullMarked
package dev.schemabootstrap.discover;

import org.jspecify.annotations.NullMarked;
