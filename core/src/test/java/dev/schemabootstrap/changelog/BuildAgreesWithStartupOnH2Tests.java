package dev.schemabootstrap.changelog;

import java.util.Set;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.testing.TestDatabase;

class BuildAgreesWithStartupOnH2Tests extends BuildAgreesWithStartupScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	DatabaseKind kind() {
		return DatabaseKind.H2;
	}

	@Override
	Set<String> expectedChanges() {
		Set<String> changes = new java.util.HashSet<>(EVERY_CHANGE);
		changes.add(droppedWithKey("fkcx90n1minpb22v3jw4ojinqm"));
		return changes;
	}

}
