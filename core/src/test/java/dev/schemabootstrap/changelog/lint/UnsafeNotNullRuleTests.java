package dev.schemabootstrap.changelog.lint;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.model.DatabaseKind;

import static dev.schemabootstrap.changelog.lint.YamlChangelogs.changeSet;
import static dev.schemabootstrap.changelog.lint.YamlChangelogs.lint;
import static org.assertj.core.api.Assertions.assertThat;

class UnsafeNotNullRuleTests {

	private static final String ADD_NOT_NULL = """
			        - addNotNullConstraint:
			            tableName: orders
			            columnName: status
			            columnDataType: varchar(20)
			""";

	@Test
	void notNullAddedToAnExistingColumnOnPostgresqlIsReportedWithTheCheckConstraintRecipe() {
		Finding finding = lint(DatabaseKind.POSTGRESQL, changeSet("status-not-null", ADD_NOT_NULL)).asList().get(0);

		assertThat(finding.id()).isEqualTo("unsafe-not-null");
		assertThat(finding.subject()).isEqualTo("orders.status");
		assertThat(finding.message()).contains("'status-not-null'", "reads every row of orders", "ACCESS EXCLUSIVE");
		assertThat(finding.hint()).contains(
				"ALTER TABLE orders ADD CONSTRAINT orders_status_not_null CHECK (status IS NOT NULL) NOT VALID",
				"ALTER TABLE orders VALIDATE CONSTRAINT orders_status_not_null", "then drop the check");
	}

	@Test
	void aDefaultNullValueIsSaidToUpdateEveryNullRowAtOnce() {
		String withDefault = ADD_NOT_NULL + "            defaultNullValue: NEW\n";

		assertThat(lint(DatabaseKind.POSTGRESQL, changeSet("status", withDefault)).asList().get(0).message())
			.contains("defaultNullValue first updates every NULL row in one statement");
	}

	@Test
	void onMariadbTheTableIsRebuiltAndNullsMustBeFilledFirst() {
		Finding finding = lint(DatabaseKind.MARIADB, changeSet("status-not-null", ADD_NOT_NULL)).asList().get(0);

		assertThat(finding.message()).contains("MariaDB rebuilds the whole table");
		assertThat(finding.hint()).contains("Fill the NULLs first, in batches");
	}

	@Test
	void setNotNullInASqlChangeIsReported() {
		String sql = "        - sql:\n            sql: ALTER TABLE orders ALTER COLUMN status SET NOT NULL\n";

		assertThat(lint(DatabaseKind.POSTGRESQL, changeSet("sql", sql)).asList()).singleElement()
			.satisfies((finding) -> assertThat(finding.subject()).isEqualTo("orders.status"));
	}

	@Test
	void notNullOnATableCreatedInTheSameRunIsNotReported() {
		String create = """
				        - createTable:
				            tableName: orders
				            columns:
				              - column:
				                  name: status
				                  type: varchar(20)
				""";

		assertThat(lint(DatabaseKind.POSTGRESQL, changeSet("orders", create) + changeSet("nn", ADD_NOT_NULL)))
			.isEmpty();
	}

	@Test
	void droppingNotNullAndOtherDatabasesAreNotReported() {
		String drop = """
				        - dropNotNullConstraint:
				            tableName: orders
				            columnName: status
				            columnDataType: varchar(20)
				""";

		assertThat(lint(DatabaseKind.POSTGRESQL, changeSet("drop", drop))).isEmpty();
		assertThat(lint(DatabaseKind.H2, changeSet("nn", ADD_NOT_NULL))).isEmpty();
		assertThat(lint(DatabaseKind.SQLITE, changeSet("nn", ADD_NOT_NULL))).isEmpty();
	}

}
