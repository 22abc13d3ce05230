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
