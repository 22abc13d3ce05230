package dev.schemabootstrap.autoconfigure.badinput;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Disabled;

/**
 * H2 upper-cases unquoted names ('straße' becomes 'STRASSE', which drift now matches), but a quoted lower-case name
 * must keep its case.
 */
@Disabled("Known bug, not fixed yet: on H2 the generated changelog creates the quoted table \"order lines\" as"
		+ " \"ORDER LINES\" (and its quoted columns upper-cased), drift compares names without case so it does not"
		+ " notice, and Hibernate's insert into \"order lines\" then fails: Table \"order lines\" not found")
class H2IdentifierTests extends IdentifierScenario {

	private final String url = "jdbc:h2:mem:identifiers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@Override
	Map<String, List<String>> expectedTables() {
		return Map.of("BÜCHERREGAL", List.of("ID", "STRASSE"), "order lines",
				List.of("id", "customer's note", "größe", "unit price"));
	}

	@Override
	String url() {
		return url;
	}

}
