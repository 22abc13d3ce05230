/**
 * Findings, shared by every stage of the pipeline: the {@link dev.schemabootstrap.finding.Finding} record, the
 * sorted {@link dev.schemabootstrap.finding.Findings}, the catalogue of ids ({@link dev.schemabootstrap.finding.FindingId})
 * and the policy that decides whether findings stop startup or the build ({@link dev.schemabootstrap.finding.FailOn}).
 */
@NullMarked
package dev.schemabootstrap.finding;

import org.jspecify.annotations.NullMarked;
