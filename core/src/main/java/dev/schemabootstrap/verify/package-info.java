/**
 * The build's check of an application's own changelog, with no application database: the changelog is replayed on
 * an embedded scratch database ({@link dev.schemabootstrap.verify.ScratchDatabase}), read back and compared with
 * the model ({@link dev.schemabootstrap.verify.ChangelogVerifier}); what it lacks becomes the plan that
 * {@link dev.schemabootstrap.stage.NextChangeSets} writes. The startup's counterpart, on the live database, is
 * {@link dev.schemabootstrap.migration.ChangelogBehindModelCheck}.
 */
@NullMarked
package dev.schemabootstrap.verify;

import org.jspecify.annotations.NullMarked;
