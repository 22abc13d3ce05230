package dev.schemabootstrap.changelog.lint;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.database.ColumnType;
import dev.schemabootstrap.finding.Findings;
import dev.schemabootstrap.model.DatabaseKind;

import static dev.schemabootstrap.changelog.lint.YamlChangelogs.changeSet;
import static dev.schemabootstrap.changelog.lint.YamlChangelogs.lint;
import static org.assertj.core.api.Assertions.assertThat;

class TableRewritingTypeChangeRuleTests {

	/** The types the database has before the changesets run, as PostgreSQL's catalog spells them. */
	private static final ColumnTypes POSTGRESQL_TYPES = (schema, table, column) -> Map
		.of("orders.quantity", "integer", "orders.note", "character varying(50)", "orders.total", "numeric(10,2)")
		.get(table + "." + column);

	private static String modify(String column, String type) {
		return "        - modifyDataType:\n            tableName: orders\n            columnName: " + column
				+ "\n            newDataType: " + type + "\n";
	}

	@Test
	void intToBigintRewritesTheTableOnPostgresql() {
		Findings findings = lint(DatabaseKind.POSTGRESQL, POSTGRESQL_TYPES, changeSet("quantity", modify("quantity", "bigint")));

		assertThat(findings.asList()).singleElement().satisfies((finding) -> {
			assertThat(finding.id()).isEqualTo("table-rewriting-type-change");
			assertThat(finding.subject()).isEqualTo("orders.quantity");
			assertThat(finding.message()).contains("from integer to bigint", "ACCESS EXCLUSIVE");
			assertThat(finding.hint()).contains("add a new column of the new type", "in batches");
		});
	}

	@Test
	void aLongerVarcharTextOrWiderNumericChangesNoRowOnPostgresql() {
		assertThat(lint(DatabaseKind.POSTGRESQL, POSTGRESQL_TYPES,
				changeSet("note", modify("note", "varchar(200)")) + changeSet("note-text", modify("note", "text"))
						+ changeSet("total", modify("total", "numeric(12,2)"))))
			.isEmpty();
	}

	@Test
	void aShorterVarcharOrAnotherScaleRewritesOnPostgresql() {
		assertThat(lint(DatabaseKind.POSTGRESQL, POSTGRESQL_TYPES, changeSet("note", modify("note", "varchar(20)"))))
			.hasSize(1);
		assertThat(lint(DatabaseKind.POSTGRESQL, POSTGRESQL_TYPES, changeSet("total", modify("total", "numeric(12,4)"))))
			.hasSize(1);
	}

	@Test
	void aChangeAfterAnotherPendingChangeIsComparedWithTheTypeThatOneLeft() {
		// varchar(50) -> text -> varchar(20): the second is a rewrite though the database says varchar(50).
		Findings findings = lint(DatabaseKind.POSTGRESQL, POSTGRESQL_TYPES,
				changeSet("to-text", modify("note", "text")) + changeSet("to-short", modify("note", "varchar(20)")));

		assertThat(findings.asList()).singleElement()
			.satisfies((finding) -> assertThat(finding.message()).contains("'to-short'", "from text to varchar(20)"));
	}

	@Test
	void withAnUnknownPreviousTypeOnlyChangesThatCannotBeFreeAreReported() {
		assertThat(lint(DatabaseKind.POSTGRESQL, changeSet("quantity", modify("quantity", "bigint")))).hasSize(1);
		assertThat(lint(DatabaseKind.POSTGRESQL, changeSet("note", modify("note", "varchar(300)")))).isEmpty();
	}

	@Test
	void anAlterColumnTypeInASqlChangeIsReported() {
		String sql = "        - sql:\n            sql: ALTER TABLE orders ALTER COLUMN quantity TYPE bigint;\n";

		assertThat(lint(DatabaseKind.POSTGRESQL, POSTGRESQL_TYPES, changeSet("sql", sql)).asList()).singleElement()
			.satisfies((finding) -> assertThat(finding.subject()).isEqualTo("orders.quantity"));
	}

	@Test
	void aUsingClauseRewritesUnlessItOnlyCastsTheColumn() {
		String cast = "        - sql:\n            sql: ALTER TABLE orders ALTER COLUMN note TYPE varchar(200) USING note::varchar(200)\n";
		String computed = "        - sql:\n            sql: ALTER TABLE orders ALTER COLUMN note TYPE varchar(200) USING trim(note)\n";

		assertThat(lint(DatabaseKind.POSTGRESQL, POSTGRESQL_TYPES, changeSet("cast", cast))).isEmpty();
		assertThat(lint(DatabaseKind.POSTGRESQL, POSTGRESQL_TYPES, changeSet("computed", computed))).hasSize(1);
	}

	@Test
	void aTypeChangeOnATableCreatedInTheSameRunIsNotReported() {
		String create = """
				        - createTable:
				            tableName: orders
				            columns:
				              - column:
				                  name: quantity
				                  type: int
				""";

		assertThat(lint(DatabaseKind.POSTGRESQL, changeSet("orders", create) + changeSet("q", modify("quantity", "bigint"))))
			.isEmpty();
	}

	@Test
	void mariadbCopiesTheTableUnlessAVarcharKeepsItsLengthPrefix() {
		ColumnTypes mariadb = (schema, table, column) -> Map
			.of("orders.quantity", "int(11)", "orders.note", "varchar(50)", "orders.code", "varchar(300)")
			.get(table + "." + column);

		assertThat(lint(DatabaseKind.MARIADB, mariadb, changeSet("q", modify("quantity", "bigint"))).asList())
			.singleElement()
			.satisfies((finding) -> assertThat(finding.message()).contains("MariaDB copies the whole table"));
		assertThat(lint(DatabaseKind.MARIADB, mariadb, changeSet("note", modify("note", "varchar(60) NOT NULL"))))
			.isEmpty();
		assertThat(lint(DatabaseKind.MARIADB, mariadb, changeSet("note", modify("note", "varchar(100)")))).hasSize(1);
		assertThat(lint(DatabaseKind.MARIADB, mariadb, changeSet("code", modify("code", "varchar(500)")))).isEmpty();
	}

	@Test
	void theLengthPrefixRuleHoldsForEveryCharacterSet() {
		ColumnType varchar50 = new ColumnType("varchar", 50, null);

		assertThat(TableRewritingTypeChangeRule.copiesOnMariadb(varchar50, new ColumnType("varchar", 63, null))).isFalse();
		// 64 characters of 4 bytes need a two-byte length prefix.
		assertThat(TableRewritingTypeChangeRule.copiesOnMariadb(varchar50, new ColumnType("varchar", 64, null))).isTrue();
		assertThat(TableRewritingTypeChangeRule.copiesOnMariadb(new ColumnType("varchar", 256, null),
				new ColumnType("varchar", 1000, null)))
			.isFalse();
		// 80 to 100 characters of 3 bytes (utf8mb3) go from 240 to 300 bytes; 100 to 120 cross no boundary in any.
		assertThat(TableRewritingTypeChangeRule.copiesOnMariadb(new ColumnType("varchar", 80, null),
				new ColumnType("varchar", 100, null)))
			.isTrue();
		assertThat(TableRewritingTypeChangeRule.copiesOnMariadb(new ColumnType("varchar", 100, null),
				new ColumnType("varchar", 120, null)))
			.isFalse();
	}

	@Test
	void h2IsNotLinted() {
		assertThat(lint(DatabaseKind.H2, changeSet("q", modify("quantity", "bigint")))).isEmpty();
	}

}
