package dev.schemabootstrap.stage;

import java.nio.file.Path;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.changelog.NextChangelog;
import dev.schemabootstrap.changelog.lint.MigrationSafety;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.plan.EvolutionPlan;

/**
 * The stage after the application's own changelog is applied, at startup ({@code verify} mode, or {@code generate}
 * mode on top of it) and in the build ({@code schema-bootstrap:check}): the changesets it lacks for the entities are
 * written for review, the destructive ones (a dropped table or column, a narrowed type) only when allowed, and the
 * result is a {@code changelog-behind-model} finding, one finding per destructive change left out that shows its
 * changesets, and the migration-safety findings on what was written.
 */
public final class NextChangeSets {

	/** The name, without its extension, of the file the changesets are written to. */
	public static final String FILE_NAME = "db.changelog-schema-bootstrap-next";

	/**
	 * The logical path the changesets are written under before each such file gets one of its own
	 * ({@link NextChangelog}); the path earlier versions recorded, kept to recognise them in existing databases.
	 */
	public static final String LOGICAL_PATH = "schema-bootstrap/changelog-next";

	private final String changelog;

	private final DatabaseKind database;

	private final MappingModel mapping;

	private final ChangelogFormat format;

	private final boolean allowDestructive;

	private final String howToAdd;

	/**
	 * @param changelog the application's changelog, as the findings name it
	 * @param database the database the changesets are written for
	 * @param mapping which names Hibernate quotes, which keep their case in the changesets written on H2
	 * @param format the format of the file written
	 * @param allowDestructive whether changesets that lose data are written
	 * @param howToAdd how the user adds them to the changelog, for the finding's hint
	 */
	public NextChangeSets(String changelog, DatabaseKind database, MappingModel mapping, ChangelogFormat format,
			boolean allowDestructive, String howToAdd) {
		this.changelog = changelog;
		this.database = database;
		this.mapping = mapping;
		this.format = format;
		this.allowDestructive = allowDestructive;
		this.howToAdd = howToAdd;
	}

	/**
	 * Whether a recorded changeset ({@code path::id::author}) is one added on top of the application's changelog:
	 * under {@link #LOGICAL_PATH} (earlier versions) or a path of its own,
	 * {@code schema-bootstrap/changelog-next-<tag>} ({@link NextChangelog}).
	 */
	public static boolean isAddedOnTop(String changeSet) {
		return changeSet.startsWith(LOGICAL_PATH + "::") || changeSet.startsWith(NextChangelog.LOGICAL_PATH_PREFIX);
	}

	/** The file's name with the extension of its format. */
	public String fileName() {
		return FILE_NAME + "." + format.extension();
	}

	/**
	 * Writes the changesets that close the gap (the destructive ones only when allowed) and says what was left out.
	 *
	 * @param plan what the changelog lacks for the entities
	 * @param logicalPathTaken whether the application's changelog already records changesets under a logical path
	 * @param output where the file is written
	 */
	public Result write(EvolutionPlan plan, Predicate<String> logicalPathTaken, Output output) {
		if (plan.isEmpty()) {
			return new Result(plan, null, Findings.NONE, Findings.NONE, Findings.NONE);
		}
		// A path and ids of its own, so that it never collides with the files written and included before.
		ChangelogWriter writer = NextChangelog.of(new ChangelogWriter(LOGICAL_PATH, database, mapping), plan,
				logicalPathTaken)
			.writer();
		Changesets changesets = prepare(plan, writer);
		String text = changesets.text();
		if (text == null) {
			return new Result(changesets.written(), null, Findings.NONE, changesets.notAllowed(), Findings.NONE);
		}
		Path file = output.write(fileName(), text);
		Findings behind = Findings.of(ChangelogBehindModel.finding(changelog, changesets.written(), file, howToAdd));
		return new Result(changesets.written(), file, behind, changesets.notAllowed(), changesets.safety());
	}

	/**
	 * The changesets for a plan, written by a writer of the caller's (the plugin's {@code generate} names each file
	 * and its ids after its number), and the findings about them, before they are written anywhere: the
	 * destructive changes are left out unless allowed, each then a finding that shows its changesets, and what is
	 * kept is linted as a whole, since none of it has run yet.
	 */
	public Changesets prepare(EvolutionPlan plan, ChangelogWriter writer) {
		EvolutionPlan written = allowDestructive ? plan : plan.withoutDestructiveChanges();
		String text = written.isEmpty() ? null : writer.write(written, format);
		Findings notAllowed = allowDestructive ? Findings.NONE
				: ChangelogBehindModel.destructive(plan.destructiveChanges(), (change) -> writer.write(change, format));
		// Every changeset of the file is yet to run: linted as a whole, against the types the changelog left.
		Findings safety = written.isEmpty() ? Findings.NONE
				: MigrationSafety.generated(writer.changeSets(written), database, written);
		return new Changesets(written, text, notAllowed, safety);
	}

	/**
	 * The changesets for a plan, not yet written.
	 *
	 * @param written what is to be written: the plan, without its destructive changes unless they are allowed
	 * @param text the changelog text of {@code written}, or {@code null} when it is empty
	 * @param notAllowed one finding per destructive change left out because it is not allowed
	 * @param safety the migration-safety findings on {@code written}
	 */
	public record Changesets(EvolutionPlan written, @Nullable String text, Findings notAllowed, Findings safety) {
	}

	/** Writes a file's text and says where. */
	@FunctionalInterface
	public interface Output {

		Path write(String fileName, String text);

	}

	/**
	 * The changesets the application's changelog lacks.
	 *
	 * @param written what was written
	 * @param file where, or {@code null} when there was nothing to write
	 * @param behind the {@code changelog-behind-model} finding when something was written
	 * @param notAllowed one finding per destructive change left out because it is not allowed
	 * @param safety the migration-safety findings on the changesets written
	 */
	public record Result(EvolutionPlan written, @Nullable Path file, Findings behind, Findings notAllowed,
			Findings safety) {

		/** Every finding of the stage. */
		public Findings findings() {
			return behind.and(notAllowed).and(safety);
		}

		/** The findings about the changesets: those left out, and those written that may lock a table. */
		public Findings aboutChangesets() {
			return notAllowed.and(safety);
		}

	}

}
