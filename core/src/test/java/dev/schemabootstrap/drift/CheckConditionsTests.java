package dev.schemabootstrap.drift;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each database's spelling of Hibernate's checks, as read back from it, means the same as Hibernate's. */
class CheckConditionsTests {

	@ParameterizedTest
	@ValueSource(strings = { "status in ('OPEN','CLOSED')",
			"CHECK (((status)::text = ANY ((ARRAY['OPEN'::character varying, 'CLOSED'::character varying])::text[])))",
			"\"STATUS\" IN('OPEN', 'CLOSED')", "`status` in ('CLOSED','OPEN')", "(status IN ( 'CLOSED' , 'OPEN' ))" })
	void aListOfAllowedValuesIsTheSameWhateverTheSpelling(String spelling) {
		assertThat(CheckConditions.canonical(spelling)).isEqualTo("status in {'CLOSED','OPEN'}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "priority between 0 and 1", "CHECK (((priority >= 0) AND (priority <= 1)))",
			"\"PRIORITY\" BETWEEN 0 AND 1", "`priority` between 0 and 1" })
	void aRangeIsTheSameWhateverTheSpelling(String spelling) {
		assertThat(CheckConditions.canonical(spelling)).isEqualTo("priority between 0 and 1");
	}

	/** H2, PostgreSQL and MariaDB give a list of one allowed value back as an equality. */
	@ParameterizedTest
	@ValueSource(strings = { "dtype in ('Circle')", "\"DTYPE\" = 'Circle'", "CHECK (((dtype)::text = 'Circle'::text))",
			"`dtype` = 'Circle'", "((dtype)::text = ANY ((ARRAY['Circle'::character varying])::text[]))" })
	void aListOfOneValueIsTheSameAsTheEquality(String spelling) {
		assertThat(CheckConditions.canonical(spelling)).isEqualTo("dtype in {'Circle'}");
		assertThat(CheckConditions.isAllowedValues(CheckConditions.canonical(spelling))).isTrue();
	}

	/** H2 gives the range of an enum of one value, stored as its ordinal, back as an equality. */
	@ParameterizedTest
	@ValueSource(strings = { "unit between 0 and 0", "\"UNIT\" = 0", "CHECK (((unit >= 0) AND (unit <= 0)))",
			"`unit` between 0 and 0" })
	void aRangeOfOneValueIsTheSameAsTheEquality(String spelling) {
		assertThat(CheckConditions.canonical(spelling)).isEqualTo("unit in {0}");
	}

	@Test
	void anEqualityIsNotAnotherValue() {
		assertThat(CheckConditions.canonical("dtype = 'Circle'"))
			.isNotEqualTo(CheckConditions.canonical("dtype in ('Circle','Square')"))
			.isNotEqualTo(CheckConditions.canonical("dtype = 'circle'"));
		assertThat(CheckConditions.canonical("unit between 0 and 1")).isEqualTo("unit between 0 and 1");
	}

	@Test
	void enumValuesKeepTheirCase() {
		assertThat(CheckConditions.canonical("dtype in ('Car','car')"))
			.isNotEqualTo(CheckConditions.canonical("dtype in ('car')"));
	}

	@Test
	void aValueMoreOrLessIsAnotherCondition() {
		assertThat(CheckConditions.canonical("status in ('OPEN','CLOSED','REOPENED')"))
			.isNotEqualTo(CheckConditions.canonical("\"STATUS\" IN('OPEN', 'CLOSED')"));
	}

	@Test
	void anyOtherConditionIsComparedAsNormalizedText() {
		assertThat(CheckConditions.canonical("CHECK ((estimate >= 0))"))
			.isEqualTo(CheckConditions.canonical("\"ESTIMATE\" >= 0"))
			.isEqualTo("estimate >= 0");
		assertThat(CheckConditions.column("estimate >= 0")).isEqualTo("estimate");
	}

}
