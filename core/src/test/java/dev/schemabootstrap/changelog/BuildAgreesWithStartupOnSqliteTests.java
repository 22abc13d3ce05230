package dev.schemabootstrap.changelog;

import java.util.Set;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.testing.TestDatabase;

class BuildAgreesWithStartupOnSqliteTests extends BuildAgreesWithStartupScenario {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.sqlite();

	@Override
	TestDatabase database() {
		return database;
	}

	@Override
	DatabaseKind kind() {
		return DatabaseKind.SQLITE;
	}

	@Override
	Set<String> expectedChanges() {
		return Set.of("new column books.summary", "new index books.ix_books_note", INDEX_ON_FOREIGN_KEY);
	}

}
