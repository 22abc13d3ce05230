package dev.schemabootstrap.changelog;

import java.util.Set;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.testing.TestDatabase;

class BuildAgreesWithStartupOnMariadbTests extends BuildAgreesWithStartupScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	DatabaseKind kind() {
		return DatabaseKind.MARIADB;
	}

	@Override
	Set<String> expectedChanges() {
		Set<String> changes = new java.util.HashSet<>(EVERY_CHANGE);
		changes.add(droppedWithKey(HIBERNATE_STYLE_KEY));
		return changes;
	}

}
