/**
 * The stages that the starter (at startup) and the Maven plugin (in the build) both run, as plain classes that take
 * what the pipeline computed and return {@link dev.schemabootstrap.finding.Findings}: one implementation of each
 * rule, so that the build and the start cannot disagree. The starter's {@code SchemaBootstrapper} and the plugin's
 * mojos only adapt them to their lifecycle (Spring beans, Maven parameters).
 */
@NullMarked
package dev.schemabootstrap.stage;

import org.jspecify.annotations.NullMarked;
