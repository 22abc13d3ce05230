package dev.schemabootstrap.check;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.SchemaAnalysis;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/** Each model is stated beside what is asserted of it, compiled in the test ({@link CompiledEntities}). */
class IdentifierTooLongCheckTest {

	private static final String TABLE = "quarterly_revenue_report_by_region_and_product_category_and_sales_channel";

	private static final String COLUMN = TABLE + ".total_revenue_in_reporting_currency_after_discounts_and_refunds_";

	/** A 73-character table name and a column name of exactly 64 characters: fine on MySQL, too long for PostgreSQL. */
	private static final String REPORT = """
			@Entity
			@Table(name = "quarterly_revenue_report_by_region_and_product_category_and_sales_channel")
			public class Report {
				@Id Long id;
				@Column(name = "total_revenue_in_reporting_currency_after_discounts_and_refunds_")
				long total;
			}
			""";

	@TempDir
	Path classes;

	@Test
	void postgresqlCutsLongNamesSilently() {
		Findings findings = tooLong(CompiledEntities.on(Analyses.POSTGRESQL, classes, REPORT));

		Finding table = Analyses.single(findings, TABLE);
		assertThat(table.severity()).isEqualTo(Severity.WARNING);
		assertThat(table.message()).contains("73 characters", "63", "silently cuts it to");
		assertThat(table.hint()).contains("@Table(name", "Report");
		assertThat(Analyses.single(findings, COLUMN).message()).contains("64 characters");
		assertThat(findings.size()).isEqualTo(2);
	}

	@Test
	void mysqlRefusesNamesOverSixtyFourCharacters() {
		Findings findings = tooLong(CompiledEntities.on(Analyses.MYSQL, classes, REPORT));

		Finding table = Analyses.single(findings, TABLE);
		assertThat(table.severity()).isEqualTo(Severity.ERROR);
		assertThat(table.message()).contains("MySQL refuses");
		assertThat(findings.size()).as("a 64-character column name fits MySQL").isEqualTo(1);
	}

	@Test
	void h2AllowsLongNames() {
		assertThat(tooLong(CompiledEntities.h2(classes, REPORT)).asList()).isEmpty();
	}

	@Test
	void shortNamesAreFineOnEveryDatabase() {
		List<Class<?>> model = CompiledEntities.compile(classes, """
				@Entity
				public class Note {
					@Id Long id;
					String text;
				}
				""");

		assertThat(tooLong(Analyses.on(Analyses.POSTGRESQL, model)).asList()).isEmpty();
		assertThat(tooLong(Analyses.on(Analyses.MYSQL, model)).asList()).isEmpty();
	}

	private static Findings tooLong(SchemaAnalysis analysis) {
		return analysis.findings().withId(FindingId.IDENTIFIER_TOO_LONG.id());
	}

}
