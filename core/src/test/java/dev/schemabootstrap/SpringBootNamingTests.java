package dev.schemabootstrap;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.fixtures.tagged.Product;
import dev.schemabootstrap.fixtures.tagged.Tag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis without Spring Boot (for users' tests, and the Maven plugin's) names tables as Spring Boot's defaults
 * do: a join table without {@code @JoinTable} is {@code <owning table>_<attribute>} ({@code product_tags}), the name
 * the running application queries, not JPA's {@code <owner>_<target>} ({@code product_tag}).
 */
class SpringBootNamingTests {

	@Test
	void joinTableIsNamedAfterTheOwningTableAndTheAttribute() {
		SchemaAnalysis analysis = SchemaAnalyzer.standard()
			.analyze("org.hibernate.dialect.H2Dialect", Product.class, Tag.class);
		assertThat(analysis.model().tables()).extracting((table) -> table.name().toString())
			.containsExactly("product", "product_tags", "tag");
	}

}
