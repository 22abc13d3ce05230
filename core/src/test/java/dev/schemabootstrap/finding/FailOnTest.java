package dev.schemabootstrap.finding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FailOnTest {

	private final Finding error = new Finding(FindingId.RESERVED_WORD, Severity.ERROR, "user", "m", "h");

	private final Finding warning = new Finding(FindingId.REDUNDANT_INDEX, Severity.WARNING, "account.ix", "m", "h");

	private final Finding info = new Finding(FindingId.CIRCULAR_DEPENDENCY, Severity.INFO, "a, b", "m", "h");

	private final Findings all = Findings.of(error, warning, info);

	@Test
	void errorStopsOnErrorsOnly() {
		assertThat(FailOn.ERROR.failing(all).asList()).containsExactly(error);
		assertThat(FailOn.ERROR.stops(Findings.of(warning, info))).isFalse();
		assertThat(FailOn.ERROR.stops(all)).isTrue();
	}

	@Test
	void warningStopsOnErrorsAndWarnings() {
		assertThat(FailOn.WARNING.failing(all).asList()).containsExactly(error, warning);
		assertThat(FailOn.WARNING.stops(Findings.of(info))).isFalse();
		assertThat(FailOn.WARNING.stops(Findings.of(warning))).isTrue();
	}

	@Test
	void neverStops() {
		assertThat(FailOn.NEVER.failing(all)).isEqualTo(Findings.NONE);
		assertThat(FailOn.NEVER.stops(all)).isFalse();
	}

	@Test
	void parsesTheValuesInAnyCase() {
		assertThat(FailOn.parse("error")).isEqualTo(FailOn.ERROR);
		assertThat(FailOn.parse("WARNING")).isEqualTo(FailOn.WARNING);
		assertThat(FailOn.parse(" Never ")).isEqualTo(FailOn.NEVER);
		assertThat(FailOn.WARNING.value()).isEqualTo("warning");
	}

	@Test
	void anUnknownValueNamesItselfAndTheValuesTaken() {
		assertThatIllegalArgumentException().isThrownBy(() -> FailOn.parse("sometimes"))
			.withMessage("Unknown fail-on value 'sometimes': use one of error, warning, never");
		assertThatIllegalArgumentException().isThrownBy(() -> FailOn.parse(null))
			.withMessage("Unknown fail-on value 'null': use one of error, warning, never");
	}

	@Test
	void namesTheLooserValues() {
		assertThat(FailOn.WARNING.looser()).isEqualTo("'error' (stop on errors only) or 'never'");
		assertThat(FailOn.ERROR.looser()).isEqualTo("'never'");
	}

}
