package dev.schemabootstrap.autoconfigure.badinput;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.testing.TestDatabase;

class SqliteIdentifierTests extends IdentifierScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.sqlite();

	@Override
	Map<String, List<String>> expectedTables() {
		return Map.of("bücherregal", List.of("id", "straße"), "order lines",
				List.of("id", "unit price", "customer's note", "größe"));
	}

	@Override
	String url() {
		return database.url();
	}

}
