package dev.schemabootstrap.changelog;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.testing.TestDatabase;

class ReservedWordFixesOnMariadbTests extends ReservedWordFixesScenario {

	@RegisterExtension
	static final TestDatabase keyword = TestDatabase.mariadb();

	@RegisterExtension
	static final TestDatabase quoted = TestDatabase.mariadb();

	@RegisterExtension
	static final TestDatabase renamed = TestDatabase.mariadb();

	@Override
	TestDatabase database(Fix fix) {
		return switch (fix) {
			case AUTO_QUOTE_KEYWORD -> keyword;
			case QUOTED_NAMES -> quoted;
			case RENAMED -> renamed;
		};
	}

	@Override
	DatabaseKind kind() {
		return DatabaseKind.MARIADB;
	}

	@Override
	String dialect() {
		return "org.hibernate.dialect.MariaDBDialect";
	}

}
