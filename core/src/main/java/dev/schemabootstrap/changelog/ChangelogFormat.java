package dev.schemabootstrap.changelog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import liquibase.changelog.ChangeSet;
import liquibase.serializer.ChangeLogSerializer;
import liquibase.serializer.core.xml.XMLChangeLogSerializer;
import liquibase.serializer.core.yaml.YamlChangeLogSerializer;

/**
 * The file formats a changelog is written in, each with Liquibase's own serializer.
 */
public enum ChangelogFormat {

	YAML("yaml"), XML("xml");

	private final String extension;

	ChangelogFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return extension;
	}

	ChangeLogSerializer serializer() {
		return this == YAML ? new YamlChangeLogSerializer() : new XMLChangeLogSerializer();
	}

	/** A changelog of these changesets, recorded under a logical path of its own. */
	String serialize(List<ChangeSet> changeSets, String logicalFilePath) {
		return withLogicalFilePath(serialize(changeSets), logicalFilePath);
	}

	/** A changelog of these changesets, without a logical path: for pasting into a changelog of the user's. */
	String serialize(List<ChangeSet> changeSets) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			serializer().write(changeSets, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Liquibase's serializers leave the changelog's logical path out; both parsers read it back. */
	private String withLogicalFilePath(String changelog, String logicalFilePath) {
		if (this == YAML) {
			return changelog.replaceFirst("databaseChangeLog:\\n",
					"databaseChangeLog:\n- logicalFilePath: " + logicalFilePath + "\n");
		}
		return changelog.replaceFirst("<databaseChangeLog ",
				"<databaseChangeLog logicalFilePath=\"" + logicalFilePath + "\" ");
	}

}
