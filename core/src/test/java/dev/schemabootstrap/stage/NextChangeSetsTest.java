package dev.schemabootstrap.stage;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.changelog.ChangelogFormat;
import dev.schemabootstrap.changelog.ChangelogWriter;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.MappingModel;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.plan.EvolutionPlan;
import dev.schemabootstrap.plan.EvolutionPlanner;
import dev.schemabootstrap.testing.ModelBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stage startup ({@code verify} mode) and the plugin ({@code check}, {@code generate}) share: what the
 * application's changelog lacks, written for review, and the findings about it. The models are stated inline.
 */
class NextChangeSetsTest {

	private final Map<String, String> files = new LinkedHashMap<>();

	private final NextChangeSets.Output output = (fileName, text) -> {
		files.put(fileName, text);
		return Path.of("out", fileName);
	};

	/** What the changelog built: a customer with a name, a nickname and a legacy table. */
	private final SchemaModel built = ModelBuilder.model()
		.tables("customer", "legacy")
		.column("customer", "name", "varchar(50)", false)
		.column("customer", "nickname", "varchar(20)", true)
		.build();

	/** The entities now: a wider name, no nickname, no legacy table, and purchases. */
	private final SchemaModel entities = ModelBuilder.model()
		.tables("customer", "purchase")
		.column("customer", "name", "varchar(100)", false)
		.requiredFk("purchase", "customer")
		.build();

	private static NextChangeSets stage(boolean allowDestructive) {
		return new NextChangeSets("db/changelog/db.changelog-master.yaml", DatabaseKind.H2, MappingModel.EMPTY,
				ChangelogFormat.YAML, allowDestructive, "include it");
	}

	@Test
	void aChangelogThatCoversTheEntitiesWritesNothingAndFindsNothing() {
		EvolutionPlan plan = new EvolutionPlanner().plan(entities, entities);
		NextChangeSets.Result result = stage(false).write(plan, (path) -> false, output);
		assertThat(result.file()).isNull();
		assertThat(result.findings()).isEmpty();
		assertThat(files).isEmpty();
	}

	@Test
	void writesWhatTheChangelogLacksUnderAPathOfItsOwnAndReportsTheChangelogBehind() {
		EvolutionPlan plan = new EvolutionPlanner().plan(entities, built);
		NextChangeSets.Result result = stage(false).write(plan, (path) -> false, output);
		assertThat(files).containsOnlyKeys("db.changelog-schema-bootstrap-next.yaml");
		String text = files.get("db.changelog-schema-bootstrap-next.yaml");
		assertThat(text).contains("createTable", NextChangeSets.LOGICAL_PATH + "-")
			.doesNotContain("dropTable", "dropColumn");
		assertThat(result.file()).isEqualTo(Path.of("out", "db.changelog-schema-bootstrap-next.yaml"));
		assertThat(result.behind().asList()).singleElement().satisfies((finding) -> {
			assertThat(finding.id()).isEqualTo(FindingId.CHANGELOG_BEHIND_MODEL.id());
			assertThat(finding.subject()).isEqualTo("db/changelog/db.changelog-master.yaml");
			assertThat(finding.hint()).contains("out", "include it");
		});
	}

	@Test
	void leavesEachDestructiveChangeOutAsAFindingUnlessAllowed() {
		EvolutionPlan plan = new EvolutionPlanner().plan(entities, built);
		assertThat(plan.destructiveChanges()).isNotEmpty();
		NextChangeSets.Result kept = stage(false).write(plan, (path) -> false, output);
		assertThat(kept.written().destructiveChanges()).isEmpty();
		assertThat(kept.notAllowed().asList()).hasSize(plan.destructiveChanges().size())
			.extracting(Finding::id)
			.containsOnly(FindingId.CHANGELOG_BEHIND_MODEL.id());
		NextChangeSets.Result allowed = stage(true).write(plan, (path) -> false, output);
		assertThat(allowed.notAllowed()).isEmpty();
		assertThat(allowed.written().destructiveChanges()).hasSameSizeAs(plan.destructiveChanges());
		assertThat(files.get("db.changelog-schema-bootstrap-next.yaml")).contains("dropTable");
	}

	@Test
	void aLogicalPathTheChangelogAlreadyUsesIsNotTakenAgain() {
		EvolutionPlan plan = new EvolutionPlanner().plan(entities, built);
		stage(false).write(plan, (path) -> false, output);
		String first = logicalPath(files.get("db.changelog-schema-bootstrap-next.yaml"));
		stage(false).write(plan, first::equals, output);
		String second = logicalPath(files.get("db.changelog-schema-bootstrap-next.yaml"));
		assertThat(first).startsWith(NextChangeSets.LOGICAL_PATH + "-");
		assertThat(second).startsWith(NextChangeSets.LOGICAL_PATH + "-").isNotEqualTo(first);
	}

	private static String logicalPath(String changelog) {
		Matcher matcher = Pattern.compile("(" + Pattern.quote(NextChangeSets.LOGICAL_PATH) + "-[0-9a-z]+)")
			.matcher(changelog);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	@Test
	void prepareWritesNothingAndFindsWhatWriteFinds() {
		EvolutionPlan plan = new EvolutionPlanner().plan(entities, built);
		NextChangeSets.Changesets changesets = stage(false).prepare(plan,
				new ChangelogWriter("db/changelog/schema-bootstrap-0001.yaml", DatabaseKind.H2, MappingModel.EMPTY));
		assertThat(files).isEmpty();
		assertThat(changesets.text()).contains("createTable").doesNotContain("dropTable");
		// The same changes left out, each shown with the changesets of its own writer.
		assertThat(changesets.notAllowed().stream().map(Finding::subject))
			.containsExactlyElementsOf(stage(false).write(plan, (path) -> false, output)
				.notAllowed()
				.stream()
				.map(Finding::subject)
				.toList());
	}

}
