package dev.schemabootstrap.autoconfigure.badinput;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * H2 upper-cases unquoted names ('straße' becomes 'STRASSE', which drift now matches; 'größe', unquoted in a quoted
 * table, 'GRÖSSE'), but a quoted lower-case name must keep its case.
 */
class H2IdentifierTests extends IdentifierScenario {

	private final String url = "jdbc:h2:mem:identifiers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@Override
	Map<String, List<String>> expectedTables() {
		return Map.of("BÜCHERREGAL", List.of("ID", "STRASSE"), "order lines",
				List.of("ID", "unit price", "customer's note", "GRÖSSE"));
	}

	@Override
	String url() {
		return url;
	}

}
