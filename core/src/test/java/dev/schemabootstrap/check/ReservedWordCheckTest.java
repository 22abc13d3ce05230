package dev.schemabootstrap.check;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.fixtures.check.reservedword.Item;
import dev.schemabootstrap.fixtures.check.reservedword.Listing;
import dev.schemabootstrap.fixtures.check.reservedword.QuotedGroup;
import dev.schemabootstrap.fixtures.check.reservedword.User;
import dev.schemabootstrap.model.DatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;

class ReservedWordCheckTest {

	@Test
	void aTableNamedUserFailsOnPostgresql() {
		Findings findings = Analyses.on(Analyses.POSTGRESQL, User.class, Item.class, QuotedGroup.class)
			.findings()
			.withId(FindingId.RESERVED_WORD.id());
		Finding table = Analyses.single(findings, "user");
		assertThat(table.severity()).isEqualTo(Severity.ERROR);
		assertThat(table.message()).contains("table name user", "reserved word in PostgreSQL");
		assertThat(table.hint()).contains("@Table(name = \"users\")", "auto_quote_keyword");
		assertThat(Analyses.single(findings, "item.order").message()).contains("(Item.order)");
		assertThat(findings.size()).as("position is not reserved; quoted names are fine").isEqualTo(2);
	}

	@Test
	void userIsNoReservedWordOnMysql() {
		Findings findings = Analyses.on(Analyses.MYSQL, User.class, Item.class, QuotedGroup.class)
			.findings()
			.withId(FindingId.RESERVED_WORD.id());
		assertThat(findings.asList()).extracting(Finding::subject).containsExactly("item.order");
	}

	@Test
	void autoQuoteKeywordIsOfferedOnlyForNamesHibernateThenQuotes() {
		for (String dialect : new String[] { "org.hibernate.dialect.H2Dialect", Analyses.POSTGRESQL }) {
			Finding limit = Analyses.single(
					Analyses.on(dialect, Listing.class).findings().withId(FindingId.RESERVED_WORD.id()), "listing.limit");
			assertThat(limit.hint()).as(dialect)
				.contains("@Column(name = \"limit_value\")", "@Column(name = \"\\\"limit\\\"\")")
				.doesNotContain("auto_quote_keyword");
		}
		assertThat(Analyses.single(Analyses.on(Analyses.POSTGRESQL, Item.class).findings(), "item.order").hint())
			.contains("auto_quote_keyword=true");
	}

	@Test
	void reservedWordsFollowTheDialect() {
		assertThat(DatabaseKind.H2.isReserved("value")).isTrue();
		assertThat(DatabaseKind.POSTGRESQL.isReserved("value")).isFalse();
		assertThat(DatabaseKind.MARIADB.isReserved("key")).isTrue();
		assertThat(DatabaseKind.SQLITE.isReserved("user")).isFalse();
		assertThat(DatabaseKind.SQLITE.isReserved("order")).isTrue();
	}

}
