package dev.schemabootstrap.changelog;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.testing.TestDatabase;

class ReservedWordFixesOnSqliteTests extends ReservedWordFixesScenario {

	@RegisterExtension
	static final TestDatabase keyword = TestDatabase.sqlite();

	@RegisterExtension
	static final TestDatabase quoted = TestDatabase.sqlite();

	@RegisterExtension
	static final TestDatabase renamed = TestDatabase.sqlite();

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
		return DatabaseKind.SQLITE;
	}

	@Override
	String dialect() {
		return "org.hibernate.community.dialect.SQLiteDialect";
	}

}
