package dev.schemabootstrap.database;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import dev.schemabootstrap.model.DatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnTypeTests {

	@ParameterizedTest(name = "{1} and {2} are the same type on {0}")
	@CsvSource(delimiter = '|', textBlock = """
			POSTGRESQL | bigint                      | int8
			POSTGRESQL | integer                     | int4
			POSTGRESQL | smallint                    | int2
			POSTGRESQL | varchar(255)                | character varying(255)
			POSTGRESQL | char(3)                     | bpchar(3)
			POSTGRESQL | float(53)                   | double precision
			POSTGRESQL | float8                      | double precision
			POSTGRESQL | real                        | float4
			POSTGRESQL | boolean                     | bool
			POSTGRESQL | timestamp(6)                | timestamp without time zone
			POSTGRESQL | timestamp(6) with time zone | timestamptz
			POSTGRESQL | numeric(38,2)               | decimal(38, 2)
			POSTGRESQL | numeric(10)                 | numeric(10,0)
			POSTGRESQL | uuid                        | UUID
			H2         | varchar(255)                | CHARACTER VARYING(255)
			H2         | enum ('A','B')              | enum('A','B')
			H2         | enum ('B','A')              | ENUM('A','B')
			H2         | float(53)                   | DOUBLE PRECISION
			H2         | timestamp(6) with time zone | TIMESTAMP WITH TIME ZONE
			H2         | uuid                        | UUID
			H2         | varbinary(16)               | BINARY VARYING(16)
			MARIADB    | uuid                        | char(36)
			MARIADB    | uuid                        | uuid
			MARIADB    | bigint                      | bigint(20)
			MARIADB    | datetime(6)                 | datetime
			MARIADB    | decimal(38,2)               | numeric(38,2)
			MARIADB    | enum ('A','B')              | enum('A','B')
			MARIADB    | bit                         | bit(1)
			MARIADB    | boolean                     | tinyint(1)
			H2         | text                        | CHARACTER LARGE OBJECT
			H2         | clob                        | CHARACTER LARGE OBJECT
			H2         | longvarchar                 | CHARACTER VARYING(1000000000)
			H2         | varchar                     | CHARACTER VARYING(1000000000)
			H2         | bytea                       | BINARY VARYING(1000000000)
			H2         | bit                         | BOOLEAN
			H2         | bit(1)                      | BOOLEAN
			H2         | int4                        | INTEGER
			H2         | float8                      | DOUBLE PRECISION
			H2         | decimal(10,2)               | NUMERIC(10,2)
			POSTGRESQL | varbinary(16)               | bytea
			POSTGRESQL | blob                        | oid
			POSTGRESQL | clob                        | text
			POSTGRESQL | int                         | int4
			MARIADB    | real                        | double
			MARIADB    | float4                      | float
			MARIADB    | float8                      | double
			MARIADB    | double precision            | double
			MARIADB    | int4                        | int(11)
			MARIADB    | int8                        | bigint(20)
			MARIADB    | clob                        | longtext
			MARIADB    | timestamp with time zone    | timestamp
			MARIADB    | bool                        | tinyint(1)
			SQLITE     | uuid                        | TEXT
			SQLITE     | bigint                      | INTEGER
			SQLITE     | numeric(12,2)               | NUMBER(12, 2)
			SQLITE     | timestamp                   | TEXT
			SQLITE     | varchar(255)                | VARCHAR(100)
			SQLITE     | blob                        | BLOB
			SQLITE     | double                      | REAL
			H2         | varchar(255) array          | CHARACTER VARYING(255) ARRAY
			H2         | integer array               | INTEGER ARRAY
			H2         | time(0) with time zone      | TIME WITH TIME ZONE
			POSTGRESQL | varchar(255) array          | character varying(255)[]
			POSTGRESQL | integer array               | integer[]
			POSTGRESQL | integer array               | int4[]
			MARIADB    | json                        | longtext
			""")
	void synonymsAreEqual(DatabaseKind kind, String expected, String actual) {
		assertThat(ColumnType.parse(actual, kind)).isEqualTo(ColumnType.parse(expected, kind));
	}

	@ParameterizedTest(name = "{1} and {2} differ on {0}")
	@CsvSource(delimiter = '|', textBlock = """
			POSTGRESQL | varchar(255)  | varchar(100)
			POSTGRESQL | varchar(255)  | varchar
			POSTGRESQL | char(2)       | char(3)
			POSTGRESQL | numeric(38,2) | numeric(10,2)
			POSTGRESQL | numeric(38,2) | numeric(38,4)
			POSTGRESQL | numeric(38,2) | numeric
			POSTGRESQL | bigint        | integer
			POSTGRESQL | timestamp     | timestamptz
			POSTGRESQL | real          | double precision
			MARIADB    | float         | double
			MARIADB    | datetime(6)   | timestamp(6)
			H2         | varbinary(16) | varbinary(32)
			H2         | varchar(40)   | CHARACTER VARYING(1000000000)
			H2         | text          | CHARACTER VARYING(1000000000)
			H2         | integer       | BIGINT
			MARIADB    | real          | float
			MARIADB    | varchar(50)   | varchar(100)
			POSTGRESQL | text          | varchar(255)
			SQLITE     | bigint        | TEXT
			SQLITE     | varchar(255)  | BLOB
			SQLITE     | double        | INTEGER
			H2         | enum ('A','B') | enum('A','B','C')
			MARIADB    | enum ('A','B') | enum('a','b')
			H2         | varchar(255) array | CHARACTER VARYING(100) ARRAY
			H2         | integer array | INTEGER
			POSTGRESQL | integer array | bigint[]
			POSTGRESQL | varchar(255) array | varchar(255)
			MYSQL      | json          | longtext
			""")
	void differentTypesOrLengthsDiffer(DatabaseKind kind, String expected, String actual) {
		assertThat(ColumnType.parse(actual, kind)).isNotEqualTo(ColumnType.parse(expected, kind));
	}

	/**
	 * The live schema's types are parsed when read and again when compared, so the canonical form must parse to
	 * itself on every database (a {@code real} read on MariaDB, where {@code real} means double, must stay single).
	 */
	@ParameterizedTest(name = "{0}")
	@EnumSource(value = DatabaseKind.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
	void theCanonicalFormParsesToItself(DatabaseKind kind) {
		for (String type : new String[] { "text", "clob", "longvarchar", "varchar(40)", "varchar", "character varying(40)",
				"int", "int4", "integer", "int8", "bigint", "smallint", "tinyint", "bool", "boolean", "bit", "bit(1)",
				"numeric(10,2)", "decimal(10,2)", "double precision", "float8", "double", "float", "float(24)", "real",
				"float4", "bytea", "blob", "varbinary(16)", "binary(16)", "binary varying(16)", "uuid", "char(36)",
				"timestamp", "timestamp(6) with time zone", "timestamptz", "datetime(6)", "longtext", "enum ('A','B')",
				"varchar(255) array", "integer array", "numeric(10,2) array", "json" }) {
			ColumnType parsed = ColumnType.parse(type, kind);
			assertThat(ColumnType.parse(parsed.toString(), kind)).as("%s read as %s", type, parsed).isEqualTo(parsed);
		}
	}

	@ParameterizedTest(name = "{1} reads as {2} on {0}")
	@CsvSource(delimiter = '|', textBlock = """
			POSTGRESQL | character varying(255)      | varchar(255)
			POSTGRESQL | numeric(38,2)               | numeric(38,2)
			POSTGRESQL | timestamp(6) with time zone | timestamptz
			H2         | CHARACTER(1)                | char(1)
			MARIADB    | uuid                        | char(36)
			H2         | ENUM ('b','A')              | enum('A','b')
			POSTGRESQL | character varying(40)[]     | varchar(40) array
			H2         | CHARACTER VARYING(40) ARRAY | varchar(40) array
			""")
	void printsACanonicalForm(DatabaseKind kind, String type, String canonical) {
		assertThat(ColumnType.parse(type, kind)).hasToString(canonical);
	}

	@ParameterizedTest(name = "{1} holds every value of {2} on {0}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			H2         | varchar(100)  | varchar(50)  | true
			H2         | enum ('A','B','C') | enum ('B','A') | true
			MARIADB    | enum ('A','B') | enum ('A','B','C') | false
			H2         | varchar(50)   | varchar(100) | false
			H2         | varchar       | varchar(50)  | true
			H2         | bigint        | integer      | true
			H2         | integer       | bigint       | false
			H2         | smallint      | tinyint      | true
			H2         | double        | real         | true
			H2         | real          | double       | false
			H2         | numeric(12,2) | numeric(10,2) | true
			H2         | numeric(12,4) | numeric(10,2) | true
			H2         | numeric(10,4) | numeric(10,2) | false
			H2         | numeric(12,1) | numeric(10,2) | false
			H2         | varchar(10)   | char(10)     | true
			H2         | varchar(5)    | char(10)     | false
			H2         | clob          | varchar(255) | true
			H2         | varchar(255)  | integer      | false
			H2         | clob(9223372036854775807) | clob(1000) | true
			H2         | integer       | varchar(20)  | false
			POSTGRESQL | int8          | int4         | true
			POSTGRESQL | text          | character varying(30) | true
			MARIADB    | bigint(20)    | int(11)      | true
			""")
	void widensOnlyWhenNoValueCanBeLost(DatabaseKind kind, String wider, String narrower, boolean holds) {
		assertThat(ColumnType.parse(wider, kind).holdsEveryValueOf(ColumnType.parse(narrower, kind))).isEqualTo(holds);
	}

}
