package dev.schemabootstrap.changelog;

import java.util.Set;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.testing.TestDatabase;

class BuildAgreesWithStartupOnPostgresqlTests extends BuildAgreesWithStartupScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgres();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	DatabaseKind kind() {
		return DatabaseKind.POSTGRESQL;
	}

	@Override
	Set<String> expectedChanges() {
		Set<String> changes = new java.util.HashSet<>(EVERY_CHANGE);
		changes.add(droppedWithKey(HIBERNATE_STYLE_KEY));
		changes.add(INDEX_ON_FOREIGN_KEY);
		return changes;
	}

}
