package dev.schemabootstrap.changelog;

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

}
