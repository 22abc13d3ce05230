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
import dev.schemabootstrap.model.DatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Each model is stated beside what is asserted of it, compiled in the test ({@link CompiledEntities}). */
class ReservedWordCheckTest {

	/** Table "user": reserved on PostgreSQL and H2, not on MySQL. */
	private static final String USER = """
			@Entity
			public class User {
				@Id Long id;
				String name;
			}
			""";

	/** Column "order": reserved everywhere. */
	private static final String ITEM = """
			@Entity
			public class Item {
				@Id Long id;
				@Column(name = "order") int order;
			}
			""";

	@TempDir
	Path classes;

	@Test
	void aTableNamedUserFailsOnPostgresql() {
		Findings findings = reserved(CompiledEntities.on(Analyses.POSTGRESQL, classes, USER, ITEM));

		Finding table = Analyses.single(findings, "user");
		assertThat(table.severity()).isEqualTo(Severity.ERROR);
		assertThat(table.message()).contains("table name user", "reserved word in PostgreSQL");
		assertThat(table.hint()).contains("@Table(name = \"users\")", "auto_quote_keyword");
		assertThat(Analyses.single(findings, "item.order").message()).contains("(Item.order)");
		assertThat(findings.size()).isEqualTo(2);
	}

	@Test
	void unreservedAndQuotedNamesAreFineOnPostgresql() {
		// position is no reserved word of PostgreSQL; Hibernate quotes `group` and `select`.
		Findings findings = reserved(CompiledEntities.on(Analyses.POSTGRESQL, classes, """
				@Entity
				public class Item {
					@Id Long id;
					int position;
				}
				""", """
				@Entity
				@Table(name = "`group`")
				public class QuotedGroup {
					@Id Long id;
					@Column(name = "`select`") String select;
				}
				"""));

		assertThat(findings.asList()).isEmpty();
	}

	@Test
	void userIsNoReservedWordOnMysql() {
		Findings findings = reserved(CompiledEntities.on(Analyses.MYSQL, classes, USER, ITEM));

		assertThat(findings.asList()).extracting(Finding::subject).containsExactly("item.order");
	}

	@Test
	void autoQuoteKeywordIsOfferedOnlyForNamesHibernateThenQuotes() {
		// Column "limit": reserved on H2 and PostgreSQL, but no keyword of their Hibernate dialects.
		List<Class<?>> listing = CompiledEntities.compile(classes, """
				@Entity
				public class Listing {
					@Id Long id;
					@Column(name = "limit") int limit;
				}
				""");
		for (String dialect : new String[] { "org.hibernate.dialect.H2Dialect", Analyses.POSTGRESQL }) {
			Finding limit = Analyses.single(reserved(Analyses.on(dialect, listing)), "listing.limit");
			assertThat(limit.hint()).as(dialect)
				.contains("@Column(name = \"limit_value\")", "@Column(name = \"\\\"limit\\\"\")")
				.doesNotContain("auto_quote_keyword");
		}
		assertThat(Analyses.single(CompiledEntities.on(Analyses.POSTGRESQL, classes, ITEM).findings(), "item.order")
			.hint()).contains("auto_quote_keyword=true");
	}

	@Test
	void reservedWordsFollowTheDialect() {
		assertThat(DatabaseKind.H2.isReserved("value")).isTrue();
		assertThat(DatabaseKind.POSTGRESQL.isReserved("value")).isFalse();
		assertThat(DatabaseKind.MARIADB.isReserved("key")).isTrue();
		assertThat(DatabaseKind.SQLITE.isReserved("user")).isFalse();
		assertThat(DatabaseKind.SQLITE.isReserved("order")).isTrue();
	}

	private static Findings reserved(SchemaAnalysis analysis) {
		return analysis.findings().withId(FindingId.RESERVED_WORD.id());
	}

}
