package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.fixtures.check.sqlitesequenceemulation.Invoice;
import dev.schemabootstrap.fixtures.check.sqlitesequenceemulation.Payment;
import dev.schemabootstrap.fixtures.check.sqlitesequenceemulation.Receipt;
import dev.schemabootstrap.fixtures.check.sqlitesequenceemulation.Voucher;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteSequenceEmulationCheckTest {

	static final String SQLITE = "org.hibernate.community.dialect.SQLiteDialect";

	@Test
	void autoAndSequenceIdsOnSqliteAreErrorsNamingTheirEntity() {
		Findings findings = Analyses.on(SQLITE, Invoice.class, Receipt.class, Payment.class, Voucher.class)
			.findings()
			.withId(FindingId.SQLITE_SEQUENCE_EMULATION.id());
		assertThat(findings.asList()).extracting(Finding::subject).containsExactly("Invoice", "Receipt");
		Finding invoice = Analyses.single(findings, "Invoice");
		assertThat(invoice.severity()).isEqualTo(Severity.ERROR);
		assertThat(invoice.message()).contains("table invoice_seq", "SQLITE_BUSY");
		assertThat(invoice.hint()).contains("GenerationType.IDENTITY", Invoice.class.getName());
		assertThat(Analyses.single(findings, "Receipt").message()).contains("table receipt_seq");
	}

	@Test
	void identityAndUuidIdsOnSqliteAreFine() {
		assertThat(Analyses.on(SQLITE, Payment.class, Voucher.class).findings().asList()).isEmpty();
	}

	@Test
	void sequencesElsewhereAreFine() {
		for (String dialect : new String[] { Analyses.POSTGRESQL, Analyses.MYSQL }) {
			assertThat(Analyses.on(dialect, Invoice.class, Receipt.class)
				.findings()
				.withId(FindingId.SQLITE_SEQUENCE_EMULATION.id())
				.asList()).as(dialect).isEmpty();
		}
		assertThat(Analyses.h2(Invoice.class, Receipt.class).findings().withId(FindingId.SQLITE_SEQUENCE_EMULATION.id()).asList())
			.isEmpty();
	}

}
