package dev.schemabootstrap.changelog;

import java.util.function.Predicate;

import dev.schemabootstrap.model.ShortHash;
import dev.schemabootstrap.plan.EvolutionPlan;

/**
 * A file of the changesets an application's changelog lacks for the model, as the starter writes it at startup
 * ({@code changelog-behind-model}) and the plugin's {@code check} writes it in the build. Liquibase identifies a
 * changeset by id, author and logical path, so every such file gets a logical path and ids of its own:
 * {@code schema-bootstrap/changelog-next-<tag>} and ids ending in {@code -<tag>}. Successive files, each included
 * from the master (widen a column, then widen it again), therefore never collide, neither by id nor by checksum.
 * <p>
 * The tag is a digest of the changesets themselves: the same gap gives the same file at every start and on every
 * replica, so a file applied in {@code generate} mode and included later is seen as applied. When the changelog
 * already holds a file with that tag (the same change made a second time, after it was undone), the digest is taken
 * again until it names a path the changelog does not hold.
 *
 * @param logicalPath the path Liquibase records for its changesets
 * @param writer writes changesets under that path and with those ids (the destructive ones shown for adding by
 * hand too)
 */
public record NextChangelog(String logicalPath, ChangelogWriter writer) {

	/** How the logical path of every such file starts. */
	public static final String LOGICAL_PATH_PREFIX = "schema-bootstrap/changelog-next-";

	/**
	 * @param writer a writer for the changelog's database
	 * @param evolution what the changelog lacks
	 * @param taken whether a logical path is already used by the changelog
	 */
	public static NextChangelog of(ChangelogWriter writer, EvolutionPlan evolution, Predicate<String> taken) {
		// The changesets as they read without a path or tag of their own: what the tag is a digest of.
		String changeSets = writer.identifiedBy(LOGICAL_PATH_PREFIX, "").write(evolution, ChangelogFormat.YAML);
		String tag = digest(changeSets);
		while (taken.test(LOGICAL_PATH_PREFIX + tag)) {
			tag = digest(changeSets + tag);
		}
		return new NextChangelog(LOGICAL_PATH_PREFIX + tag, writer.identifiedBy(LOGICAL_PATH_PREFIX + tag, "-" + tag));
	}

	public String write(EvolutionPlan evolution, ChangelogFormat format) {
		return writer.write(evolution, format);
	}

	private static String digest(String text) {
		return ShortHash.of(text, 4);
	}

}
