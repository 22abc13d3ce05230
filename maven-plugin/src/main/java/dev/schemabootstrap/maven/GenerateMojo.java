package dev.schemabootstrap.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.check.Suppressions;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.stage.NextChangeSets;

/**
 * {@code schema-bootstrap:generate}: writes the changesets for the entity changes into the project's changelog.
 * Without a changelog (or with an empty one), the whole ordered changelog becomes the master; with one, what it lacks
 * goes into a new file beside it ({@code schema-bootstrap-0001.yaml}, numbered on, its own logical path and ids) and
 * an include of that file is appended to the master ({@link MasterChangelog}). Existing changesets are never
 * rewritten; drops and narrowed types are written only with {@code allowDestructive}, else each is logged with the
 * changeset to add by hand. Without entities (classes not compiled yet) it fails and writes nothing.
 */
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class GenerateMojo extends AbstractSchemaMojo {

	private static final Pattern GENERATED = Pattern.compile("schema-bootstrap-(\\d{4})\\.yaml");

	@Override
	void execute(SchemaAnalysis analysis, Evolution evolution) throws MojoExecutionException, MojoFailureException {
		Findings errors = analysis.findings().atLeast(Severity.ERROR);
		if (!errors.isEmpty()) {
			throw new MojoFailureException("Fix the mapping before generating changesets:\n" + errors);
		}
		Path master = changelogFile();
		MasterChangelog masterChangelog = new MasterChangelog(master, resources.toPath(), changelog);
		if (!Files.exists(master) || masterChangelog.isEmpty()) {
			// The starter's generated changelog has the same changesets under the same logical path: a database it
			// built sees these as applied. An empty master (left by a generate that found no entities) is no different.
			ChangelogFormat format = Files.exists(master) && masterChangelog.format() == ChangelogFormat.XML
					? ChangelogFormat.XML : ChangelogFormat.YAML;
			writeFile(master, writer(ChangelogWriter.GENERATED_LOGICAL_PATH).write(analysis.plan(), format));
			getLog().info("Wrote the ordered changelog of " + analysis.model().tables().size() + " tables to " + master);
			return;
		}
		EvolutionPlan found = evolution.get();
		int number = nextNumber(master.getParent());
		String name = String.format("schema-bootstrap-%04d.yaml", number);
		String relative = resources.toPath().relativize(master.getParent().resolve(name)).toString().replace('\\', '/');
		// Its own logical path (the file's) and ids (ending in its number): never the same as another generated file's.
		ChangelogWriter writer = writer(relative).identifiedBy(relative, String.format("-%04d", number));
		// The changesets check would write for review, and the same findings about them.
		NextChangeSets.Changesets changesets = found == null ? null : nextChangesets().prepare(found, writer);
		Findings notAllowed = changesets == null ? Findings.NONE : changesets.notAllowed();
		if (!notAllowed.isEmpty()) {
			getLog().warn("Not written, they lose data (allowDestructive=false):\n" + notAllowed);
		}
		if (changesets == null || changesets.text() == null) {
			getLog().info(changelog + (notAllowed.isEmpty() ? " covers the entities: nothing to generate"
					: " lacks only destructive changes: nothing generated"));
			return;
		}
		masterChangelog.add(relative, changesets.text());
		getLog().info("Wrote " + changesets.written().summary() + " to " + relative + ", included from " + changelog
				+ ": review it before you commit");
		Findings safety = Suppressions.parse(suppress).apply(changesets.safety());
		if (!safety.isEmpty()) {
			getLog().warn("Review before you commit, these changesets may lock a table that holds rows:\n" + safety);
		}
	}

	private static int nextNumber(Path directory) throws MojoExecutionException {
		int highest = 0;
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Matcher matcher = GENERATED.matcher(file.getFileName().toString());
				if (matcher.matches()) {
					highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
				}
			}
		}
		catch (IOException ex) {
			throw new MojoExecutionException("Cannot list " + directory + ": " + ex.getMessage(), ex);
		}
		return highest + 1;
	}

}
