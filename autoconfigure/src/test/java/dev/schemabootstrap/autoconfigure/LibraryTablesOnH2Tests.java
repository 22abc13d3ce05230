package dev.schemabootstrap.autoconfigure;

import java.util.UUID;

/** Libraries' own tables beside the entities on H2 in memory, in a database of its own. */
class LibraryTablesOnH2Tests extends LibraryTablesScenario {

	private final String url = "jdbc:h2:mem:library-tables-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@Override
	String url() {
		return url;
	}

}
