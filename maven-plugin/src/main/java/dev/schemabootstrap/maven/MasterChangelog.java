package dev.schemabootstrap.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

import dev.schemabootstrap.changelog.ChangelogFormat;

/**
 * The project's master changelog as the {@code generate} goal adds to it: a new file of changesets and an include of
 * it after everything the master already has, in the master's own format. Whatever the master looks like (items
 * indented or not, {@code databaseChangeLog: []}, an XML root that closes itself), the result is read back by
 * Liquibase before the goal succeeds; when Liquibase cannot read it, the master is put back as it was and the new file
 * removed.
 *
 * @param file the master
 * @param resources the directory Liquibase resolves the master's includes from
 * @param path the master's path below {@code resources}
 */
record MasterChangelog(Path file, Path resources, String path) {

	private static final Pattern EMPTY_YAML_LIST = Pattern.compile("(?m)^databaseChangeLog:\\s*\\[\\s*]\\s*$");

	private static final Pattern YAML_ITEM = Pattern.compile("(?m)^( *)- ");

	private static final Pattern SELF_CLOSING_XML_ROOT = Pattern.compile("(?s)<databaseChangeLog\\b([^>]*?)\\s*/>");

	private static final String XML_NAMESPACES = "xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\""
			+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
			+ " xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
			+ " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\"";

	/** YAML or XML, as the master's name says; {@code null} for a format the goal cannot add to. */
	ChangelogFormat format() {
		String name = file.getFileName().toString();
		if (name.endsWith(".yaml") || name.endsWith(".yml")) {
			return ChangelogFormat.YAML;
		}
		return name.endsWith(".xml") ? ChangelogFormat.XML : null;
	}

	/**
	 * Whether the master holds no changeset and includes nothing (blank, {@code databaseChangeLog: []}): the whole
	 * ordered changelog may then take its place, as if there were none (left behind by a generate that found no
	 * entities, for example). A master Liquibase cannot read is not called empty.
	 */
	boolean isEmpty() throws MojoExecutionException {
		String text = read();
		if (text.isBlank()) {
			return true;
		}
		if (text.contains("include") || text.contains("changeSet")) {
			// Settled without a parse, which costs seconds for a large changelog.
			return false;
		}
		try {
			return parse().getChangeSets().isEmpty();
		}
		catch (LiquibaseException | IOException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Writes a new file beside the master and appends an include of it to the master. Nothing is written when the
	 * master cannot take an include; both are undone when Liquibase cannot read the master afterwards.
	 *
	 * @param relative the new file's path below {@code resources}, as the include names it
	 */
	void add(String relative, String content) throws MojoExecutionException, MojoFailureException {
		String original = read();
		String updated = withInclude(original, format(), relative);
		if (updated == null) {
			throw new MojoFailureException("Cannot add an include to " + file + " (only YAML and XML masters are"
					+ " supported): nothing was written. Include the changesets from your master yourself, or move them"
					+ " to a YAML or XML master.");
		}
		Path added = resources.resolve(relative);
		AbstractSchemaMojo.writeFile(added, content);
		AbstractSchemaMojo.writeFile(file, updated);
		try {
			parse();
		}
		catch (LiquibaseException | IOException | RuntimeException ex) {
			AbstractSchemaMojo.writeFile(file, original);
			try {
				Files.deleteIfExists(added);
			}
			catch (IOException ignored) {
				// The master is back as it was; a stray file is harmless and named below.
			}
			throw new MojoFailureException("Adding an include of " + relative + " to " + file + " left a changelog"
					+ " Liquibase cannot read (" + ex.getMessage() + "): the master was put back as it was and "
					+ relative + " removed. Include it yourself.", ex);
		}
	}

	/**
	 * The master's text with an include appended after everything it has, or {@code null} when the format is not
	 * one the goal can add to.
	 */
	static String withInclude(String text, ChangelogFormat format, String relative) {
		if (format == ChangelogFormat.YAML) {
			if (text.isBlank()) {
				return "databaseChangeLog:\n- include:\n    file: " + relative + "\n";
			}
			String list = EMPTY_YAML_LIST.matcher(text).replaceFirst("databaseChangeLog:");
			Matcher item = YAML_ITEM.matcher(list);
			String indent = item.find() ? item.group(1) : "";
			return (list.endsWith("\n") ? list : list + "\n") + indent + "- include:\n" + indent + "    file: " + relative
					+ "\n";
		}
		if (format == ChangelogFormat.XML) {
			String include = "    <include file=\"" + relative + "\"/>\n";
			if (text.isBlank()) {
				return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<databaseChangeLog " + XML_NAMESPACES + ">\n"
						+ include + "</databaseChangeLog>\n";
			}
			int end = text.lastIndexOf("</databaseChangeLog>");
			if (end >= 0) {
				return text.substring(0, end) + include + text.substring(end);
			}
			Matcher root = SELF_CLOSING_XML_ROOT.matcher(text);
			if (root.find()) {
				return text.substring(0, root.start()) + "<databaseChangeLog" + root.group(1) + ">\n" + include
						+ "</databaseChangeLog>" + text.substring(root.end());
			}
		}
		return null;
	}

	private String read() throws MojoExecutionException {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new MojoExecutionException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	private DatabaseChangeLog parse() throws LiquibaseException, IOException {
		DirectoryResourceAccessor accessor = new DirectoryResourceAccessor(resources);
		return ChangeLogParserFactory.getInstance()
			.getParser(path, accessor)
			.parse(path, new ChangeLogParameters(), accessor);
	}

}
