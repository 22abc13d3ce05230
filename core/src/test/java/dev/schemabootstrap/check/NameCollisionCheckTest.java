package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.fixtures.check.namecollision.Batch;
import dev.schemabootstrap.fixtures.check.namecollision.Lot;
import dev.schemabootstrap.fixtures.check.namecollision.Shelf;

import static org.assertj.core.api.Assertions.assertThat;

class NameCollisionCheckTest {

	@Test
	void twoIndexesWithOneNameInOneSchemaCollide() {
		Findings findings = Analyses.h2(Batch.class, Lot.class).findings().withId(FindingId.NAME_COLLISION.id());
		Finding finding = Analyses.single(findings, "ix_code");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.message()).contains("index ix_code of batch", "index ix_code of lot");
		assertThat(finding.hint()).contains("distinct name");
	}

	@Test
	void namesThatPostgresqlCutsToTheSamePrefixCollide() {
		Findings findings = Analyses.on(Analyses.POSTGRESQL, Shelf.class).findings().withId(FindingId.NAME_COLLISION.id());
		Finding finding = Analyses.single(findings,
				"ix_shelf_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_one");
		assertThat(finding.message()).contains("PostgreSQL cuts them to 63 characters");
	}

	@Test
	void longNamesThatDifferAreDistinctOnH2() {
		assertThat(Analyses.h2(Shelf.class).findings().withId(FindingId.NAME_COLLISION.id()).asList()).isEmpty();
	}

	@Test
	void indexNamesArePerTableOnMysql() {
		assertThat(Analyses.on(Analyses.MYSQL, Batch.class, Lot.class).findings().withId(FindingId.NAME_COLLISION.id())
			.asList()).isEmpty();
	}

}
