package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.fixtures.check.identifiertoolong.Note;
import dev.schemabootstrap.fixtures.check.identifiertoolong.Report;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierTooLongCheckTest {

	private static final String TABLE = "quarterly_revenue_report_by_region_and_product_category_and_sales_channel";

	private static final String COLUMN = TABLE + ".total_revenue_in_reporting_currency_after_discounts_and_refunds_";

	@Test
	void postgresqlCutsLongNamesSilently() {
		Findings findings = Analyses.on(Analyses.POSTGRESQL, Report.class, Note.class)
			.findings()
			.withId(FindingId.IDENTIFIER_TOO_LONG.id());
		Finding table = Analyses.single(findings, TABLE);
		assertThat(table.severity()).isEqualTo(Severity.WARNING);
		assertThat(table.message()).contains("73 characters", "63", "silently cuts it to");
		assertThat(table.hint()).contains("@Table(name", "Report");
		assertThat(Analyses.single(findings, COLUMN).message()).contains("64 characters");
		assertThat(findings.size()).isEqualTo(2);
	}

	@Test
	void mysqlRefusesNamesOverSixtyFourCharacters() {
		Findings findings = Analyses.on(Analyses.MYSQL, Report.class, Note.class)
			.findings()
			.withId(FindingId.IDENTIFIER_TOO_LONG.id());
		Finding table = Analyses.single(findings, TABLE);
		assertThat(table.severity()).isEqualTo(Severity.ERROR);
		assertThat(table.message()).contains("MySQL refuses");
		assertThat(findings.size()).as("a 64-character column name fits MySQL").isEqualTo(1);
	}

	@Test
	void h2AllowsLongNames() {
		assertThat(Analyses.h2(Report.class, Note.class).findings().withId(FindingId.IDENTIFIER_TOO_LONG.id()).asList())
			.isEmpty();
	}

}
