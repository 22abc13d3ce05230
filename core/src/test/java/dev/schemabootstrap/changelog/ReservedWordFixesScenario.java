package dev.schemabootstrap.changelog;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.schemabootstrap.SchemaAnalyzer;
import dev.schemabootstrap.check.ReservedWordCheck;
import dev.schemabootstrap.check.UnitEnvironment;
import dev.schemabootstrap.database.LiveSchemaReader;
import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.drift.DriftDetector;
import dev.schemabootstrap.finding.Finding;
import dev.schemabootstrap.finding.FindingId;
import dev.schemabootstrap.model.DatabaseKind;
import dev.schemabootstrap.model.UnitModel;
import dev.schemabootstrap.model.hibernate.UnitModelFactory;
import dev.schemabootstrap.plan.CreationPlanner;
import dev.schemabootstrap.testing.LiquibaseRunner;
import dev.schemabootstrap.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fix the {@code reserved-word} finding offers for a table {@code group} with a column {@code order}, on a
 * real database: the finding is gone, the generated changelog applies with Liquibase, Hibernate writes and reads
 * the entity through it, and the live schema has no drift.
 */
abstract class ReservedWordFixesScenario {

	/** The fixes the finding's hint offers. */
	enum Fix {

		/** {@code hibernate.auto_quote_keyword=true}, names left as they are. */
		AUTO_QUOTE_KEYWORD(dev.schemabootstrap.fixtures.reservedfix.keyword.Team.class),

		/** {@code @Table(name = "\"group\"")}, {@code @Column(name = "\"order\"")}. */
		QUOTED_NAMES(dev.schemabootstrap.fixtures.reservedfix.quoted.Team.class),

		/** {@code @Table(name = "groups")}, {@code @Column(name = "order_value")}. */
		RENAMED(dev.schemabootstrap.fixtures.reservedfix.renamed.Team.class);

		private final Class<?> entity;

		Fix(Class<?> entity) {
			this.entity = entity;
		}

	}

	/** A database of its own for each fix: they create tables of the same name. */
	abstract TestDatabase database(Fix fix);

	abstract DatabaseKind kind();

	abstract String dialect();

	@Test
	void theFindingOffersEachFixForTheUnfixedNames() {
		var findings = SchemaAnalyzer.standard()
			.analyze(PersistenceUnit.of(Fix.AUTO_QUOTE_KEYWORD.entity), settings(false), Map.of(),
					getClass().getClassLoader(), UnitEnvironment.NONE)
			.findings()
			.withId(FindingId.RESERVED_WORD.id());
		assertThat(findings.asList()).extracting(Finding::subject).contains("group.order");
		assertThat(findings.asList()).allSatisfy((finding) -> assertThat(finding.hint()).contains("Rename",
				"quote it", "hibernate.auto_quote_keyword=true"));
	}

	@ParameterizedTest
	@EnumSource(Fix.class)
	void theFixedEntityIsCreatedWrittenAndReadWithoutDrift(Fix fix) throws Exception {
		Map<String, Object> settings = settings(fix == Fix.AUTO_QUOTE_KEYWORD);
		UnitModel model = UnitModelFactory.create(PersistenceUnit.of(fix.entity), settings,
				getClass().getClassLoader());
		assertThat(SchemaAnalyzer.standard()
			.analyze(PersistenceUnit.of(fix.entity), settings, Map.of(), getClass().getClassLoader(),
					UnitEnvironment.NONE)
			.findings()
			.withId(FindingId.RESERVED_WORD.id())
			.asList()).isEmpty();
		String changelog = new ChangelogWriter("reserved.yaml", kind(), model.mapping())
			.write(new CreationPlanner().plan(model.schema()), ChangelogFormat.YAML);
		TestDatabase database = database(fix);
		try (Connection connection = database.connect()) {
			LiquibaseRunner.update(connection, changelog, "reserved.yaml");
		}
		inSessionFactory(database, settings, fix.entity, (sessions) -> {
			sessions.inTransaction((session) -> session.persist(team(fix.entity, "blue", 3)));
			Integer order = sessions.fromTransaction((session) -> session
				.createSelectionQuery("select t.order from Team t where t.name = 'blue'", Integer.class)
				.getSingleResult());
			assertThat(order).isEqualTo(3);
		});
		try (Connection connection = database.connect()) {
			var live = new LiveSchemaReader().read(connection, model.schema());
			assertThat(new DriftDetector().detect(model.schema(), live, model.mapping()).asList()).isEmpty();
		}
	}

	private Map<String, Object> settings(boolean autoQuoteKeyword) {
		Map<String, Object> settings = new HashMap<>();
		settings.put("hibernate.dialect", dialect());
		settings.put("hibernate.physical_naming_strategy",
				"org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");
		if (autoQuoteKeyword) {
			settings.put("hibernate.auto_quote_keyword", "true");
		}
		return settings;
	}

	private static Object team(Class<?> entity, String name, int order) {
		try {
			Object team = entity.getConstructor().newInstance();
			entity.getField("name").set(team, name);
			entity.getField("order").set(team, order);
			return team;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void inSessionFactory(TestDatabase database, Map<String, Object> settings, Class<?> entity,
			Consumer<SessionFactory> work) {
		Map<String, Object> running = new HashMap<>(settings);
		running.put("hibernate.connection.url", database.url());
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(running).build();
		try (SessionFactory sessions = new MetadataSources(registry).addAnnotatedClass(entity)
			.buildMetadata()
			.buildSessionFactory()) {
			work.accept(sessions);
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

}
