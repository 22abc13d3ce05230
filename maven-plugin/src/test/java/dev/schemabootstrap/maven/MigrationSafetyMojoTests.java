package dev.schemabootstrap.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.schemabootstrap.maven.fixtures.rich.Item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The migration-safety lint on the changesets {@code check} writes for a project's changelog that the entities moved
 * past: the same rules, per database, as startup applies to the file it writes.
 */
class MigrationSafetyMojoTests {

	private static final Pattern LINT = Pattern
		.compile("- \\[(unsafe-index-creation|table-rewriting-type-change|unsafe-not-null)] (\\S+):");

	@TempDir
	Path directory;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"PostgreSQLDialect | table-rewriting-type-change item.quantity, unsafe-not-null item.price",
			"MariaDBDialect | table-rewriting-type-change item.price, table-rewriting-type-change item.quantity,"
					+ " unsafe-not-null item.price",
			"H2Dialect | " })
	void theChangesetsWrittenForTheWiderTypesAndTheNewNotNullAreLintedForTheDialect(String dialect, String expected)
			throws Exception {
		GenerateMojo first = project().configure(new GenerateMojo(), Item.class.getPackageName());
		first.dialect = "org.hibernate.dialect." + dialect;
		first.execute();
		// The changelog as it was before: quantity a smallint, price shorter and nullable, code shorter.
		String changelog = Files.readString(project().master())
			.replaceFirst("(name: quantity\\n\\s+type: )\\w+", "$1smallint")
			.replace("constraints:\n              nullable: false\n            name: price", "name: price")
			.replaceFirst("(name: price\\n\\s+type: \\w+)\\(12, ?2\\)", "$1(10,2)")
			.replace("varchar(40)", "varchar(20)");
		Files.writeString(project().master(), changelog);

		CheckMojo check = project().configure(new CheckMojo(), Item.class.getPackageName());
		check.dialect = first.dialect;
		check.failOn = "warning";
		MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, check::execute);

		assertThat(failure.getMessage()).contains("[changelog-behind-model]").contains("4 column changes");
		assertThat(lint(failure.getMessage())).containsExactlyInAnyOrderElementsOf(
				expected == null ? List.of() : List.of(expected.split(",\\s*")));
	}

	private static List<String> lint(String message) {
		Matcher matcher = LINT.matcher(message);
		return matcher.results().map((result) -> result.group(1) + " " + result.group(2)).toList();
	}

	private MojoProject project() {
		return new MojoProject(directory);
	}

}
