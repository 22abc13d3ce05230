package dev.schemabootstrap.finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.changelog.lint.MigrationSafety;
import dev.schemabootstrap.check.StandardChecks;
import dev.schemabootstrap.finding.FindingId.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue ({@link FindingId}), the pages in {@code docs/findings} and the code agree: every id has a page and
 * a row in the index with its default severity, the index lists no id the catalogue lacks, and every finding the
 * code makes uses a catalogued id.
 */
class FindingCatalogueTest {

	private static final Path ROOT = Path.of("..");

	private static final Path DOCS = ROOT.resolve("docs").resolve("findings");

	private static final Pattern ROW = Pattern.compile("^\\| \\[`([a-z-]+)`]\\(([a-z-]+)\\.md\\) \\| ([^|]+) \\|",
			Pattern.MULTILINE);

	private static final Map<Category, String> SECTIONS = Map.of(Category.MODEL, "## Model findings",
			Category.DATABASE, "## Database findings", Category.MIGRATION_SAFETY, "## Migration-safety findings",
			Category.CONFIGURATION, "## Configuration findings");

	@Test
	void everyStandardCheckHasAUniqueKebabCaseId() {
		assertThat(StandardChecks.ids()).doesNotHaveDuplicates()
			.hasSize(17)
			.allMatch((id) -> id.matches("[a-z]+(-[a-z]+)*"));
	}

	@Test
	void everyIdIsDeclaredOnceInKebabCaseWithASummary() {
		assertThat(FindingId.ids()).doesNotHaveDuplicates().allMatch((id) -> id.matches("[a-z]+(-[a-z]+)*"));
		for (FindingId id : FindingId.values()) {
			assertThat(id.name()).isEqualTo(id.id().toUpperCase().replace('-', '_'));
			assertThat(id.summary()).isNotBlank().doesNotEndWith(".");
			assertThat(FindingId.of(id.id())).contains(id);
		}
	}

	@Test
	void theModelIdsAreTheStandardChecksAndTheMigrationSafetyIdsTheLintRules() {
		assertThat(FindingId.ids(Category.MODEL)).containsExactlyElementsOf(StandardChecks.ids());
		assertThat(FindingId.ids(Category.MIGRATION_SAFETY)).containsExactlyElementsOf(MigrationSafety.ids());
	}

	@Test
	void everyIdHasADocumentationPage() throws IOException {
		for (FindingId id : FindingId.values()) {
			Path page = DOCS.resolve(id.id() + ".md");
			assertThat(page).exists();
			String text = Files.readString(page);
			assertThat(text).startsWith("# `" + id.id() + "`\n").contains("**Severity:**", "## Why it");
			if (id.category() == Category.MODEL) {
				assertThat(text).contains("## Why it hurts", "## A bad mapping", "## The fixed mapping");
			}
		}
	}

	@Test
	void everyPageIsAboutACataloguedId() throws IOException {
		try (Stream<Path> pages = Files.list(DOCS)) {
			assertThat(pages.map((page) -> page.getFileName().toString())
				.filter((name) -> !name.equals("README.md"))
				.map((name) -> name.substring(0, name.length() - ".md".length()))).hasSameElementsAs(FindingId.ids());
		}
	}

	@Test
	void theIndexListsEveryIdInItsSectionWithItsDefaultSeverityAndNoOther() throws IOException {
		String index = Files.readString(DOCS.resolve("README.md"));
		Map<String, Category> listed = new LinkedHashMap<>();
		Map<String, String> severities = new LinkedHashMap<>();
		Matcher row = ROW.matcher(index);
		while (row.find()) {
			assertThat(row.group(2)).as("the link of %s", row.group(1)).isEqualTo(row.group(1));
			assertThat(listed.put(row.group(1), section(index, row.start()))).as("rows of %s", row.group(1)).isNull();
			severities.put(row.group(1), row.group(3).strip());
		}
		assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(FindingId.ids());
		for (FindingId id : FindingId.values()) {
			assertThat(listed.get(id.id())).as("the section of %s", id).isEqualTo(id.category());
			assertThat(severities.get(id.id())).as("the severity of %s", id)
				.startsWith(id.defaultSeverity().name())
				.matches(id.defaultSeverity().name() + "(\\b.*)?");
		}
	}

	@Test
	void everyFindingTheCodeMakesUsesACataloguedId() throws IOException {
		Set<String> constants = new TreeSet<>(Arrays.stream(FindingId.values()).map(Enum::name).toList());
		List<String> uncatalogued = new ArrayList<>();
		int made = 0;
		for (String module : List.of("core", "autoconfigure", "maven-plugin")) {
			for (Path source : sources(ROOT.resolve(module).resolve("src/main/java"))) {
				String text = Files.readString(source);
				Matcher constructor = Pattern.compile("new Finding\\(\\s*([^,]+),").matcher(text);
				while (constructor.find()) {
					made++;
					String id = constructor.group(1).strip();
					Matcher catalogued = Pattern.compile("FindingId\\.([A-Z_]+)").matcher(id);
					// A finding copied from another keeps that one's id (the copy only rewords it).
					boolean ok = (catalogued.matches() && constants.contains(catalogued.group(1)))
							|| id.equals("finding.id()");
					if (!ok) {
						uncatalogued.add(source.getFileName() + ": " + id);
					}
				}
				Matcher literal = Pattern.compile("withId\\(\"([^\"]+)\"\\)").matcher(text);
				while (literal.find()) {
					if (FindingId.of(literal.group(1)).isEmpty()) {
						uncatalogued.add(source.getFileName() + ": " + literal.group(1));
					}
				}
			}
		}
		assertThat(made).isGreaterThan(40);
		assertThat(uncatalogued).isEmpty();
	}

	private static Category section(String index, int offset) {
		String before = index.substring(0, offset);
		return SECTIONS.entrySet()
			.stream()
			.filter((section) -> before.contains(section.getValue()))
			.max((a, b) -> Integer.compare(before.lastIndexOf(a.getValue()), before.lastIndexOf(b.getValue())))
			.map(Map.Entry::getKey)
			.orElseThrow();
	}

	private static List<Path> sources(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter((file) -> file.toString().endsWith(".java")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
