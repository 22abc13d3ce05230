package dev.schemabootstrap.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FindingIdsTest {

	private static final Path DOCS = Path.of("..", "docs", "findings");

	@Test
	void everyStandardCheckHasAUniqueKebabCaseId() {
		assertThat(FindingIds.model()).doesNotHaveDuplicates()
			.hasSize(17)
			.allMatch((id) -> id.matches("[a-z]+(-[a-z]+)*"));
	}

	@Test
	void everyModelFindingHasADocumentationPageListedInTheIndex() throws IOException {
		String index = Files.readString(DOCS.resolve("README.md"));
		for (String id : FindingIds.model()) {
			Path page = DOCS.resolve(id + ".md");
			assertThat(page).exists();
			assertThat(Files.readString(page)).contains("## Why it hurts", "## A bad mapping", "## The fixed mapping");
			assertThat(index).contains("[`" + id + "`](" + id + ".md)");
		}
	}

}
