package dev.schemabootstrap.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import dev.schemabootstrap.check.Findings;
import dev.schemabootstrap.check.Severity;
import dev.schemabootstrap.plan.EvolutionPlan;

/**
 * {@code schema-bootstrap:generate}: writes the changesets for the entity changes into the project's changelog.
 * Without a changelog, the whole ordered changelog becomes the master; with one, what it lacks goes into a new file
 * beside it ({@code schema-bootstrap-0001.yaml}, numbered on) and an include of that file is appended to the
 * master. Existing changesets are never rewritten; drops and narrowed types are written only with
 * {@code allowDestructive}, else each is logged with the changeset to add by hand.
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
		if (!Files.exists(master)) {
			// The starter's generated changelog has the same changesets under the same logical path: a database it
			// built sees these as applied.
			writeFile(master, writer(ChangelogWriter.GENERATED_LOGICAL_PATH).write(analysis.plan(), ChangelogFormat.YAML));
			getLog().info("Wrote the ordered changelog of " + analysis.model().tables().size() + " tables to " + master);
			return;
		}
		EvolutionPlan found = evolution.get();
		EvolutionPlan plan = found == null ? null : writable(found);
		Findings notAllowed = found == null ? Findings.NONE : notAllowed(found, changelog);
		if (!notAllowed.isEmpty()) {
			getLog().warn("Not written, they lose data (allowDestructive=false):\n" + notAllowed);
		}
		if (plan == null || plan.isEmpty()) {
			getLog().info(changelog + (notAllowed.isEmpty() ? " covers the entities: nothing to generate"
					: " lacks only destructive changes: nothing generated"));
			return;
		}
		String name = nextFileName(master.getParent());
		String relative = resources.toPath().relativize(master.getParent().resolve(name)).toString().replace('\\', '/');
		writeFile(master.getParent().resolve(name), write(plan, relative));
		include(master, relative);
		getLog().info("Wrote " + plan.summary() + " to " + relative + ", included from " + changelog
				+ ": review it before you commit");
	}

	private static String nextFileName(Path directory) throws MojoExecutionException {
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
		return String.format("schema-bootstrap-%04d.yaml", highest + 1);
	}

	/** Appends an include to the master, in its own format, after everything it already has. */
	private static void include(Path master, String relative) throws MojoExecutionException, MojoFailureException {
		String text;
		try {
			text = Files.readString(master, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new MojoExecutionException("Cannot read " + master + ": " + ex.getMessage(), ex);
		}
		String name = master.getFileName().toString();
		String updated;
		if (name.endsWith(".yaml") || name.endsWith(".yml")) {
			Matcher item = Pattern.compile("(?m)^( *)- ").matcher(text);
			String indent = item.find() ? item.group(1) : "";
			updated = (text.endsWith("\n") ? text : text + "\n") + indent + "- include:\n" + indent + "    file: "
					+ relative + "\n";
		}
		else if (name.endsWith(".xml") && text.contains("</databaseChangeLog>")) {
			int end = text.lastIndexOf("</databaseChangeLog>");
			updated = text.substring(0, end) + "    <include file=\"" + relative + "\"/>\n" + text.substring(end);
		}
		else {
			throw new MojoFailureException("Wrote " + relative + ", but cannot add an include to " + master
					+ ": include it from your master changelog yourself");
		}
		writeFile(master, updated);
	}

}
