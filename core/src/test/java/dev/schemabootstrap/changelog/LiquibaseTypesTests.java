package dev.schemabootstrap.changelog;

import liquibase.database.Database;
import liquibase.database.core.H2Database;
import liquibase.database.core.MariaDBDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.core.SQLiteDatabase;
import liquibase.datatype.DataTypeFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.schemabootstrap.model.DatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The type each database gets from Liquibase for a model's standard spelling, handed over by the changelog. */
class LiquibaseTypesTests {

	@ParameterizedTest(name = "{1} on {0} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			h2         | binary varying(16)       | VARBINARY(16)
			mariadb    | binary varying(16)       | VARBINARY(16)
			mariadb    | BINARY VARYING(255)      | VARBINARY(255)
			h2         | character large object   | CLOB
			postgresql | character large object   | TEXT
			mariadb    | character large object   | LONGTEXT
			sqlite     | character large object   | TEXT
			mariadb    | binary large object      | BLOB
			h2         | binary large object      | BLOB
			h2         | character varying(40)    | VARCHAR(40)
			h2         | timestamp(6) with time zone | TIMESTAMP(6) WITH TIME ZONE
			postgresql | double precision         | DOUBLE PRECISION
			postgresql | integer array            | INTEGER[]
			postgresql | smallint array           | SMALLINT[]
			postgresql | uuid array               | UUID[]
			postgresql | varchar(255) array       | VARCHAR(255) array
			postgresql | numeric(10,2) array      | DECIMAL(10, 2) array
			postgresql | NUMERIC(38, 0) ARRAY     | DECIMAL(38, 0) ARRAY
			postgresql | timestamp(6) array       | TIMESTAMP(6) array
			h2         | integer array            | INT array
			h2         | varchar(255) array       | VARCHAR(255) array
			h2         | time(0) with time zone   | TIME(0) WITH TIME ZONE
			h2         | time with time zone      | TIME WITH TIME ZONE
			h2         | time(6)                  | time
			postgresql | time(0) with time zone   | time(0) WITH TIME ZONE
			""")
	void liquibaseCreatesTheTypeTheModelMeans(String database, String sqlType, String created) {
		Database target = switch (database) {
			case "h2" -> new H2Database();
			case "postgresql" -> new PostgresDatabase();
			case "mariadb" -> new MariaDBDatabase();
			default -> new SQLiteDatabase();
		};
		String type = LiquibaseTypes.of(sqlType, DatabaseKind.valueOf(database.toUpperCase(java.util.Locale.ROOT)));
		assertThat(DataTypeFactory.getInstance().fromDescription(type, target).toDatabaseDataType(target).toSql())
			.isEqualTo(created);
	}

}
