package dev.schemabootstrap.changelog;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import liquibase.ChecksumVersion;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import org.junit.jupiter.api.Test;

import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.plan.CreationPlan;
import dev.schemabootstrap.plan.CreationPlanner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A changeset that quotes all names comes once per way databases spell the names Hibernate leaves unquoted, each for
 * its databases, so that one changelog runs on PostgreSQL and on H2; the others are written once, for every database.
 */
class PortableChangeSetsTests {

	private final UnitModel model = PortableChangelogScenario.model(PortableChangelogScenario.POSTGRESQL);

	private final CreationPlan plan = new CreationPlanner().plan(model.schema());

	private final ChangelogWriter writer = new ChangelogWriter(ChangelogWriter.GENERATED_LOGICAL_PATH,
			DatabaseKind.POSTGRESQL, model.mapping());

	@Test
	void aChangesetNamingAQuotedTableComesOncePerSpellingEachForItsDatabases() {
		Map<String, ChangeSet> changeSets = byId(writer.changeSets(plan));

		assertThat(changeSets.get("table-order").getDbmsSet()).containsExactlyInAnyOrder("postgresql", "cockroachdb",
				"edb");
		assertThat(changeSets.get("table-order-names-upper-case").getDbmsSet()).contains("h2", "hsqldb", "derby",
				"oracle");
		assertThat(changeSets.get("table-order-names-as-written").getDbmsSet()).contains("!h2", "!postgresql");
		assertThat(changeSets.get("table-member").getDbmsSet()).isNullOrEmpty();
		assertThat(changeSets.keySet()).filteredOn((id) -> id.startsWith("table-member")).containsExactly("table-member");
	}

	@Test
	void theChangesetForTheChangelogsOwnDatabaseKeepsTheChecksumItHadWithoutDbms() {
		ChangeSet own = byId(writer.changeSets(plan)).get("table-order");
		ChangeSet everywhere = new ChangeSet(own.getId(), own.getAuthor(), false, false, own.getFilePath(), null, null,
				own.getObjectQuotingStrategy(), new DatabaseChangeLog(own.getFilePath()));
		own.getChanges().forEach(everywhere::addChange);

		assertThat(own.getDbmsSet()).isNotEmpty();
		assertThat(own.generateCheckSum(ChecksumVersion.latest()))
			.isEqualTo(everywhere.generateCheckSum(ChecksumVersion.latest()));
	}

	@Test
	void aChangelogForADatabaseThatLivesAsLongAsTheProcessHasNoTwins() {
		List<ChangeSet> changeSets = writer.grouped(ChangeSetGrouping.PER_STAGE).changeSets(plan);

		assertThat(changeSets).extracting(ChangeSet::getId).noneMatch((id) -> id.contains("names-"));
		assertThat(changeSets).allSatisfy((changeSet) -> assertThat(changeSet.getDbmsSet()).isNullOrEmpty());
	}

	private static Map<String, ChangeSet> byId(List<ChangeSet> changeSets) {
		return changeSets.stream().collect(Collectors.toMap(ChangeSet::getId, Function.identity()));
	}

}
