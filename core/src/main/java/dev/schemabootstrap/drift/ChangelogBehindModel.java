package dev.schemabootstrap.drift;

import java.nio.file.Path;

import dev.schemabootstrap.check.Finding;
import dev.schemabootstrap.check.Severity;
import dev.schemabootstrap.plan.EvolutionPlan;

/**
 * The {@code changelog-behind-model} finding: an application's own changelog, fully applied, still lacks parts of
 * the model. One wording for the starter and the Maven plugin, which find it the same way.
 */
public final class ChangelogBehindModel {

	public static final String ID = "changelog-behind-model";

	private ChangelogBehindModel() {
	}

	/**
	 * @param changelog the application's changelog
	 * @param evolution what it lacks, not empty
	 * @param written where the changesets that close the gap were written
	 * @param howToAdd how the user adds them, for example "include the file from the master changelog"
	 */
	public static Finding finding(String changelog, EvolutionPlan evolution, Path written, String howToAdd) {
		return new Finding(ID, Severity.ERROR, changelog,
				"The entities have changes that no changeset of " + changelog + " covers: " + evolution.summary()
						+ " to add",
				"Review the changesets written to " + written + " and add them to your changelog (" + howToAdd
						+ "); they only add, never drop");
	}

}
