package dev.schemabootstrap;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.schemabootstrap.check.ConflictingSchemaInitializerCheck;
import dev.schemabootstrap.check.ReservedWordCheck;
import dev.schemabootstrap.discover.ApplicationProperties;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.fixtures.check.reservedword.Item;
import dev.schemabootstrap.fixtures.check.reservedword.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A user's test analyses the entities with the application's own Hibernate settings, given or read from its
 * configuration files, so that the test and the start agree.
 */
class SchemaAnalyzerSettingsTests {

	private static final String POSTGRESQL = "org.hibernate.dialect.PostgreSQLDialect";

	@Test
	void withoutTheApplicationsSettingsKeywordsAreReported() {
		SchemaAnalysis analysis = SchemaAnalyzer.standard().analyze(POSTGRESQL, User.class, Item.class);
		assertThat(analysis.findings().withId(FindingId.RESERVED_WORD.id()).asList()).extracting(Finding::subject)
			.containsExactlyInAnyOrder("user", "item.order");
	}

	@Test
	void hibernateSettingsGivenToTheAnalyzerQuoteKeywordsAsAtStartup() {
		SchemaAnalysis analysis = SchemaAnalyzer.standard()
			.withHibernateSettings(Map.of("hibernate.auto_quote_keyword", true))
			.analyze(POSTGRESQL, User.class, Item.class);
		assertThat(analysis.findings().withId(FindingId.RESERVED_WORD.id()).asList()).isEmpty();
	}

	@Test
	void settingsReadFromTheApplicationsYamlQuoteKeywordsAndNameTheDialect() {
		SchemaAnalysis analysis = SchemaAnalyzer.standard()
			.withApplicationProperties("application-properties/quoting.yml")
			.analyze(null, User.class, Item.class);
		assertThat(analysis.model().dialect()).contains("PostgreSQL");
		assertThat(analysis.findings().withId(FindingId.RESERVED_WORD.id()).asList()).isEmpty();
	}

	@Test
	void theApplicationsPropertiesReachTheChecksThatReadThem() {
		SchemaAnalysis analysis = SchemaAnalyzer.standard()
			.withApplicationProperties("application-properties/ddl-auto.properties")
			.analyze(null, Item.class);
		assertThat(analysis.findings().withId(FindingId.CONFLICTING_SCHEMA_INITIALIZER.id()).asList()).isNotEmpty();
		assertThat(SchemaAnalyzer.standard().analyze(POSTGRESQL, Item.class).findings()
			.withId(FindingId.CONFLICTING_SCHEMA_INITIALIZER.id()).asList()).isEmpty();
	}

	@Test
	void propertiesAreReadAsSpringBootBindsThem() {
		ClassLoader loader = getClass().getClassLoader();
		ApplicationProperties yaml = ApplicationProperties.read(loader, "application-properties/quoting.yml");
		assertThat(yaml.hibernateSettings()).containsEntry("hibernate.auto_quote_keyword", "true")
			.containsEntry("hibernate.dialect", POSTGRESQL);
		ApplicationProperties properties = ApplicationProperties.read(loader,
				"application-properties/ddl-auto.properties", "does-not-exist.yml");
		assertThat(properties.properties()).containsEntry("spring.jpa.hibernate.ddl-auto", "update")
			.containsEntry("spring.datasource.url", "jdbc:h2:mem:shop")
			.doesNotContainKey("spring.datasource.password");
		assertThat(properties.hibernateSettings()).containsEntry("hibernate.hbm2ddl.auto", "update")
			.containsEntry("hibernate.dialect", "org.hibernate.dialect.H2Dialect");
	}

	@Test
	void withoutADialectTheAnalyzerSaysWhereToGiveOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> SchemaAnalyzer.standard().analyze(null, Item.class))
			.withMessageContaining("spring.jpa.database-platform");
	}

}
