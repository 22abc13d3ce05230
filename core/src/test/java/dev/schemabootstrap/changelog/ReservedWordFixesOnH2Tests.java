package dev.schemabootstrap.changelog;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.testing.TestDatabase;

class ReservedWordFixesOnH2Tests extends ReservedWordFixesScenario {

	@RegisterExtension
	static final TestDatabase keyword = TestDatabase.h2();

	@RegisterExtension
	static final TestDatabase quoted = TestDatabase.h2();

	@RegisterExtension
	static final TestDatabase renamed = TestDatabase.h2();

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
		return DatabaseKind.H2;
	}

	@Override
	String dialect() {
		return "org.hibernate.dialect.H2Dialect";
	}

}
