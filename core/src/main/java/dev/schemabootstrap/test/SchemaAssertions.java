package dev.schemabootstrap.test;

import dev.schemabootstrap.SchemaAnalysis;

/**
 * AssertJ entry point for users' own tests of their mapping:
 *
 * <pre>{@code
 * SchemaAnalysis analysis = SchemaAnalyzer.standard()
 *     .analyze("org.hibernate.dialect.PostgreSQLDialect", Order.class, Customer.class);
 * SchemaAssertions.assertThat(analysis).hasNoErrors();
 * }</pre>
 *
 * Needs {@code org.assertj:assertj-core} on the test class path (an optional dependency of this module).
 */
public final class SchemaAssertions {

	private SchemaAssertions() {
	}

	public static SchemaAnalysisAssert assertThat(SchemaAnalysis actual) {
		return new SchemaAnalysisAssert(actual);
	}

}
