package dev.schemabootstrap.model.hibernate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.schemabootstrap.discover.PersistenceUnit;
import dev.schemabootstrap.fixtures.checks.v1.Car;
import dev.schemabootstrap.fixtures.checks.v1.Ticket;
import dev.schemabootstrap.fixtures.checks.v1.Truck;
import dev.schemabootstrap.fixtures.checks.v1.Vehicle;
import dev.schemabootstrap.model.CheckConstraint;
import dev.schemabootstrap.model.SchemaModel;
import dev.schemabootstrap.model.Table;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model carries exactly the check constraints Hibernate's own DDL creates, on every dialect: the conditions in
 * the {@code create table} statements of Hibernate's table exporter are the model's conditions. On H2 and MariaDB
 * a STRING enum is a native {@code enum(...)} column and has no check; elsewhere it has one.
 */
class CheckConstraintsModelTests {

	private static final PersistenceUnit UNIT = PersistenceUnit.of(Ticket.class, Vehicle.class, Car.class,
			Truck.class);

	/** {@code check (...)} with one level of nested parentheses, as Hibernate writes its checks. */
	private static final Pattern CHECK = Pattern.compile("check \\((\\((?:[^()]|\\([^()]*\\))*\\)|[^()]*)\\)");

	@ParameterizedTest
	@ValueSource(strings = { "org.hibernate.dialect.H2Dialect", "org.hibernate.dialect.PostgreSQLDialect",
			"org.hibernate.dialect.MariaDBDialect", "org.hibernate.dialect.MySQLDialect",
			"org.hibernate.community.dialect.SQLiteDialect" })
	void theModelHasEveryCheckOfHibernatesOwnDdl(String dialect) {
		SchemaModel model = HibernateModelFactory.create(UNIT, Map.of("hibernate.dialect", dialect),
				getClass().getClassLoader());
		List<String> modelled = model.tables()
			.stream()
			.flatMap((table) -> table.checks().stream())
			.map((check) -> unwrapped(check.condition()))
			.sorted()
			.toList();
		assertThat(modelled).isNotEmpty().containsExactlyElementsOf(hibernateDdlChecks(dialect));
	}

	@ParameterizedTest
	@ValueSource(strings = { "org.hibernate.dialect.PostgreSQLDialect",
			"org.hibernate.community.dialect.SQLiteDialect" })
	void checksAreNamedAfterTheirColumnUnlessTheEntityNamesThem(String dialect) {
		SchemaModel model = HibernateModelFactory.create(UNIT, Map.of("hibernate.dialect", dialect),
				getClass().getClassLoader());
		Table ticket = model.tables().stream().filter((table) -> table.name().name().equals("Ticket")).findFirst()
			.orElseThrow();
		assertThat(ticket.checks()).extracting(CheckConstraint::name, CheckConstraint::column)
			.containsExactly(org.assertj.core.api.Assertions.tuple("ck_ticket_estimate", "estimate"),
					org.assertj.core.api.Assertions.tuple("ck_ticket_priority", "priority"),
					org.assertj.core.api.Assertions.tuple("ck_ticket_status", "status"));
		Table vehicle = model.tables().stream().filter((table) -> table.name().name().equals("Vehicle")).findFirst()
			.orElseThrow();
		assertThat(vehicle.checks()).singleElement().satisfies((check) -> {
			assertThat(check.name()).isEqualTo("ck_vehicle_dtype");
			assertThat(check.condition()).isEqualTo("DTYPE in ('vehicle','Car','Truck')");
		});
	}

	private List<String> hibernateDdlChecks(String dialect) {
		return HibernateModelFactory.withMetadata(UNIT.managedClassNames(), UNIT, Map.of("hibernate.dialect", dialect),
				getClass().getClassLoader(), (metadata) -> {
					var context = SqlStringGenerationContextImpl.forTests(metadata.getDatabase().getJdbcEnvironment());
					List<String> checks = new ArrayList<>();
					for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
						for (org.hibernate.mapping.Table table : namespace.getTables()) {
							for (String sql : metadata.getDatabase().getDialect().getTableExporter()
								.getSqlCreateStrings(table, metadata, context)) {
								Matcher matcher = CHECK.matcher(sql);
								while (matcher.find()) {
									checks.add(unwrapped(matcher.group(1)));
								}
							}
						}
					}
					return checks.stream().sorted().toList();
				});
	}

	private static String unwrapped(String condition) {
		String text = condition.trim();
		while (text.startsWith("(") && text.endsWith(")")) {
			text = text.substring(1, text.length() - 1).trim();
		}
		return text;
	}

}
