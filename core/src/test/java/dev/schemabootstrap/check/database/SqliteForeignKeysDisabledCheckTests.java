package dev.schemabootstrap.check.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.Severity;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.testing.ModelBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteForeignKeysDisabledCheckTests {

	private static final String SQLITE = "org.hibernate.community.dialect.SQLiteDialect";

	@TempDir
	Path directory;

	private final SqliteForeignKeysDisabledCheck check = new SqliteForeignKeysDisabledCheck();

	@Test
	void reportsAConnectionWithForeignKeysOff() throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("off.db"))) {
			List<Finding> findings = check.check(connection, model(SQLITE));
			assertThat(findings).singleElement().satisfies((finding) -> {
				assertThat(finding.id()).isEqualTo("sqlite-foreign-keys-disabled");
				assertThat(finding.severity()).isEqualTo(Severity.ERROR);
				assertThat(finding.message()).contains("PRAGMA foreign_keys=OFF").contains("1 foreign keys");
				assertThat(finding.hint()).contains("foreign_keys=true");
			});
		}
	}

	@Test
	void acceptsAConnectionWithForeignKeysOn() throws Exception {
		String url = "jdbc:sqlite:" + directory.resolve("on.db") + "?foreign_keys=true";
		try (Connection connection = DriverManager.getConnection(url)) {
			assertThat(check.check(connection, model(SQLITE))).isEmpty();
		}
	}

	@Test
	void ignoresOtherDatabases() throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:fk-check")) {
			assertThat(check.check(connection, model("org.hibernate.dialect.H2Dialect"))).isEmpty();
		}
	}

	private static SchemaModel model(String dialect) {
		SchemaModel model = ModelBuilder.model().tables("parent", "child").requiredFk("child", "parent").build();
		return new SchemaModel(dialect, model.entities(), model.tables(), model.sequences());
	}

}
