package dev.schemabootstrap.maven;

import java.nio.file.Files;
import java.nio.file.Path;

import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.schemabootstrap.changelog.ChangelogFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An include appended to masters of every shape, read back by Liquibase: the master's own changesets, then the
 * included file's.
 */
class MasterChangelogTests {

	private static final String NAMESPACES = "xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\""
			+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
			+ " xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
			+ " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\"";

	private static final String ADDED = """
			databaseChangeLog:
			- changeSet:
			    id: added
			    author: schema-bootstrap
			    changes:
			    - sql:
			        sql: select 1
			""";

	@TempDir
	Path resources;

	@ParameterizedTest
	@ValueSource(strings = { "", "databaseChangeLog: []\n", "databaseChangeLog: []", "databaseChangeLog:\n",
			"# nothing yet\ndatabaseChangeLog: [ ]\n", "databaseChangeLog:\n- changeSet:\n    id: own\n    author: me\n"
					+ "    changes:\n    - sql:\n        sql: select 1\n",
			"databaseChangeLog:\n  - changeSet:\n      id: own\n      author: me\n      changes:\n        - sql:\n"
					+ "            sql: select 1" })
	void aYamlMasterStaysValid(String master) throws Exception {
		assertThat(idsAfterInclude("master.yaml", master, ChangelogFormat.YAML)).endsWith("added");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "<databaseChangeLog " + NAMESPACES + "/>\n", "<?xml version=\"1.0\"?>\n"
			+ "<databaseChangeLog " + NAMESPACES + " />", "<databaseChangeLog " + NAMESPACES + "></databaseChangeLog>",
			"<databaseChangeLog " + NAMESPACES + ">\n  <changeSet id=\"own\" author=\"me\"><sql>select 1</sql>"
					+ "</changeSet>\n</databaseChangeLog>\n" })
	void anXmlMasterStaysValid(String master) throws Exception {
		assertThat(idsAfterInclude("master.xml", master, ChangelogFormat.XML)).endsWith("added");
	}

	private java.util.List<String> idsAfterInclude(String name, String master, ChangelogFormat format)
			throws Exception {
		Files.createDirectories(resources.resolve("db"));
		Files.writeString(resources.resolve("db/added.yaml"), ADDED);
		Files.writeString(resources.resolve(name), MasterChangelog.withInclude(master, format, "db/added.yaml"));
		DirectoryResourceAccessor accessor = new DirectoryResourceAccessor(resources);
		DatabaseChangeLog parsed = ChangeLogParserFactory.getInstance()
			.getParser(name, accessor)
			.parse(name, new ChangeLogParameters(), accessor);
		return parsed.getChangeSets().stream().map(ChangeSet::getId).toList();
	}

}
