/**
 * AssertJ assertions for users' own tests of their mapping; needs AssertJ on the class path.
 */
@NullMarked
package dev.schemabootstrap.test;

import org.jspecify.annotations.NullMarked;
