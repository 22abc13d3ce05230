package dev.schemabootstrap.changelog.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.finding.FindingId.Category;
import dev.schemabootstrap.finding.FindingId;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationSafetyDocsTests {

	private static final Path DOCS = Path.of("..", "docs", "findings");

	@Test
	void theRulesAreTheMigrationSafetyIdsSuppressionsKnow() {
		assertThat(MigrationSafety.ids()).containsExactlyElementsOf(FindingId.ids(Category.MIGRATION_SAFETY));
		assertThat(FindingId.ids()).containsAll(MigrationSafety.ids()).doesNotHaveDuplicates();
	}

	@Test
	void everyRuleHasAPageWithTheRecipeListedInTheIndex() throws IOException {
		String index = Files.readString(DOCS.resolve("README.md"));
		for (String id : MigrationSafety.ids()) {
			Path page = DOCS.resolve(id + ".md");
			assertThat(page).exists();
			assertThat(Files.readString(page)).contains("# `" + id + "`", "## Why it hurts", "## Bad", "## Fixed");
			assertThat(index).contains("[`" + id + "`](" + id + ".md)");
		}
	}

}
